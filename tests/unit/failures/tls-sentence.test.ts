// Firefox's TLS sentences in every language Blocklens ships, as Firefox itself words them: en and ru
// from Firefox ESR 153 and its langpack (the sentences webRequest reported in the end-to-end run),
// uk and fa from mozilla-l10n/firefox-l10n, with older Ukrainian wording too.
import { describe, expect, it } from 'vitest';
import { kindFromError } from '../../../lib/failures/kind-from-error';
import { NSS_ERRORS } from '../../../lib/failures/nss-errors';
import { tlsFault } from '../../../lib/failures/tls-fault';
import { nssErrorOfSentence } from '../../../lib/failures/tls-sentence';

type Language = 'en' | 'ru' | 'uk' | 'fa';

const SENTENCES: [Language, string, string][] = [
  ['en', 'SSL_ERROR_BAD_CERT_DOMAIN', 'Unable to communicate securely with peer: requested domain name does not match the server’s certificate.'],
  ['en', 'SEC_ERROR_UNKNOWN_ISSUER', 'Peer’s Certificate issuer is not recognized.'],
  ['en', 'SEC_ERROR_UNTRUSTED_ISSUER', 'Peer’s certificate issuer has been marked as not trusted by the user.'],
  ['en', 'SEC_ERROR_UNTRUSTED_CERT', 'Peer’s certificate has been marked as not trusted by the user.'],
  ['en', 'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT', 'The certificate is not trusted because it is self-signed.'],
  ['en', 'SEC_ERROR_CA_CERT_INVALID', 'Issuer certificate is invalid.'],
  ['en', 'SEC_ERROR_BAD_SIGNATURE', 'Peer’s certificate has an invalid signature.'],
  ['en', 'MOZILLA_PKIX_ERROR_KEY_PINNING_FAILURE', 'The server uses key pinning (HPKP) but no trusted certificate chain could be constructed that matches the pinset. Key pinning violations cannot be overridden.'],
  ['en', 'MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY', 'The server uses a certificate with a basic constraints extension identifying it as a certificate authority. For a properly-issued certificate, this should not be the case.'],
  ['en', 'SEC_ERROR_CERT_NOT_IN_NAME_SPACE', 'The Certifying Authority for this certificate is not permitted to issue a certificate with this name.'],
  ['en', 'SEC_ERROR_EXPIRED_CERTIFICATE', 'Peer’s Certificate has expired.'],
  ['en', 'SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE', 'The certificate issuer’s certificate has expired. Check your system date and time.'],
  ['en', 'MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE', 'The server presented a certificate that is not yet valid.'],
  ['en', 'MOZILLA_PKIX_ERROR_NOT_YET_VALID_ISSUER_CERTIFICATE', 'A certificate that is not yet valid was used to issue the server’s certificate.'],
  ['en', 'SEC_ERROR_REVOKED_CERTIFICATE', 'Peer’s Certificate has been revoked.'],
  ['en', 'SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED', 'The certificate was signed using a signature algorithm that is disabled because it is not secure.'],
  ['en', 'MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE', 'The server presented a certificate with a key size that is too small to establish a secure connection.'],
  ['en', 'SSL_ERROR_NO_CYPHER_OVERLAP', 'Cannot communicate securely with peer: no common encryption algorithm(s).'],
  ['en', 'SSL_ERROR_UNSUPPORTED_VERSION', 'Peer using unsupported version of security protocol.'],
  ['en', 'SSL_ERROR_PROTOCOL_VERSION_ALERT', 'Peer reports incompatible or unsupported protocol version.'],
  ['en', 'SSL_ERROR_BAD_CERT_ALERT', 'SSL peer cannot verify your certificate.'],
  ['en', 'SSL_ERROR_REVOKED_CERT_ALERT', 'SSL peer rejected your certificate as revoked.'],
  ['en', 'SSL_ERROR_EXPIRED_CERT_ALERT', 'SSL peer rejected your certificate as expired.'],
  ['ru', 'SSL_ERROR_BAD_CERT_DOMAIN', 'Не удалось установить защищённое соединение с этим узлом: запрошенное имя домена не соответствует указанному в сертификате сервера.'],
  ['ru', 'SEC_ERROR_UNKNOWN_ISSUER', 'Издатель сертификата узла не распознан.'],
  ['ru', 'SEC_ERROR_UNTRUSTED_ISSUER', 'Пользователь не доверяет издателю сертификата узла.'],
  ['ru', 'SEC_ERROR_UNTRUSTED_CERT', 'Пользователь не доверяет сертификату узла.'],
  ['ru', 'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT', 'К сертификату нет доверия, так как он является самоподписанным.'],
  ['ru', 'SEC_ERROR_CA_CERT_INVALID', 'Сертификат издателя неверен.'],
  ['ru', 'SEC_ERROR_BAD_SIGNATURE', 'Сертификат узла имеет неверную подпись.'],
  ['ru', 'MOZILLA_PKIX_ERROR_KEY_PINNING_FAILURE', 'Сервер использует привязку ключа (HPKP), но не удалось построить ни одной доверенной цепочки сертификатов, соответствующих набору привязки. Нарушения при привязке ключа не могут быть проигнорированы.'],
  ['ru', 'MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY', 'Сервер использует сертификат с расширением основных ограничений, идентифицирующий его как центр сертификации. Для правильно выданного сертификата так быть не должно.'],
  ['ru', 'SEC_ERROR_CERT_NOT_IN_NAME_SPACE', 'Центру сертификации, издавшему этот сертификат, не разрешено издавать сертификаты с этим именем.'],
  ['ru', 'SEC_ERROR_EXPIRED_CERTIFICATE', 'Сертификат узла истёк.'],
  ['ru', 'SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE', 'Сертификат издателя сертификатов истёк. Проверьте системную дату и время.'],
  ['ru', 'MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE', 'Сертификат, полученный от сервера, ещё не действителен.'],
  ['ru', 'MOZILLA_PKIX_ERROR_NOT_YET_VALID_ISSUER_CERTIFICATE', 'Сертификат, который ещё не действителен, был использован для выдачи сертификата сервера.'],
  ['ru', 'SEC_ERROR_REVOKED_CERTIFICATE', 'Сертификат узла был отозван.'],
  ['ru', 'SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED', 'Сертификат был подписан с использованием алгоритма подписи, который был отключён, так как он небезопасен.'],
  ['ru', 'MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE', 'Размер ключа сертификата, полученного от сервера, слишком мал для установки защищённого соединения.'],
  ['ru', 'SSL_ERROR_NO_CYPHER_OVERLAP', 'Установка защищённого соединения с этим узлом не удалась: отсутствуют общие алгоритм(ы) шифрования.'],
  ['ru', 'SSL_ERROR_UNSUPPORTED_VERSION', 'Узел, с которым вы соединяетесь, использует неподдерживаемую версию протокола безопасности.'],
  ['ru', 'SSL_ERROR_PROTOCOL_VERSION_ALERT', 'Узел сообщает о несовместимой или неподдерживаемой версии протокола.'],
  ['ru', 'SSL_ERROR_BAD_CERT_ALERT', 'SSL-узел не может верифицировать ваш сертификат.'],
  ['ru', 'SSL_ERROR_REVOKED_CERT_ALERT', 'SSL-узел отклонил ваш сертификат, как отозванный.'],
  ['ru', 'SSL_ERROR_EXPIRED_CERT_ALERT', 'SSL-узел отклонил ваш сертификат, как истёкший.'],
  ['uk', 'SSL_ERROR_BAD_CERT_DOMAIN', 'Неможливо встановити безпечне з\'єднання з вузлом: ім’я домену не збігається з сертифікатом сервера.'],
  ['uk', 'SSL_ERROR_BAD_CERT_DOMAIN', 'З вузлом неможливо спілкуватись конфіденційно: ім’я домену не відповідає сертифікату сервера.'],
  ['uk', 'SEC_ERROR_UNKNOWN_ISSUER', 'Видавець сертифіката вузла не розпізнаний.'],
  ['uk', 'SEC_ERROR_UNTRUSTED_ISSUER', 'Користувач позначив видавця сертифіката вузла не довіреним.'],
  ['uk', 'SEC_ERROR_UNTRUSTED_CERT', 'Користувач позначив сертифікат вузла не довіреним.'],
  ['uk', 'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT', 'Цей сертифікат не є довіреним, оскільки він має власний підпис.'],
  ['uk', 'SEC_ERROR_CA_CERT_INVALID', 'Нечинний видавець сертифіката.'],
  ['uk', 'SEC_ERROR_EXPIRED_CERTIFICATE', 'Термін дії сертифіката вузла завершився.'],
  ['uk', 'SEC_ERROR_EXPIRED_CERTIFICATE', 'Сертифікат вузла застарів.'],
  ['uk', 'SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE', 'Термін дії сертифіката видавця сертифікатів завершився. Перевірте системну дату і час.'],
  ['uk', 'MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE', 'Сервер надав сертифікат, який ще недійсний.'],
  ['uk', 'MOZILLA_PKIX_ERROR_NOT_YET_VALID_ISSUER_CERTIFICATE', 'Для випуску сертифіката сервера було використано сертифікат, який ще недійсний.'],
  ['uk', 'SEC_ERROR_REVOKED_CERTIFICATE', 'Сертифікат вузла був відкликаний.'],
  ['uk', 'MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE', 'Сервер надав сертифікат з розміром ключа, який є замалим для встановлення захищеного з\'єднання.'],
  ['uk', 'SSL_ERROR_NO_CYPHER_OVERLAP', 'З вузлом неможливо з\'єднатися безпечно: немає спільних криптоалгоритмів.'],
  ['uk', 'SSL_ERROR_PROTOCOL_VERSION_ALERT', 'Вузол повідомляє несумісну версію протоколу, або таку що не підтримується.'],
  ['uk', 'SSL_ERROR_REVOKED_CERT_ALERT', 'Вузол SSL відхилив ваш сертифікат як відкликаний.'],
  ['uk', 'SSL_ERROR_EXPIRED_CERT_ALERT', 'Вузол SSL відхилив ваш сертифікат як застарілий.'],
  ['fa', 'SSL_ERROR_BAD_CERT_DOMAIN', 'ارتباط امن با طرف مقابل ممکن نیست: نام دامنهٔ تقاضا شده با گواهی کارگزار همخوانی ندارد.'],
  ['fa', 'SEC_ERROR_UNKNOWN_ISSUER', 'صادرکنندهٔ گواهی طرف مقابل ناشناخته است.'],
  ['fa', 'SEC_ERROR_UNTRUSTED_ISSUER', 'صادرکنندهٔ گواهی طرف مقابل از طرف کاربر غیر قابل اعتماد تشخیص داده شده است.'],
  ['fa', 'SEC_ERROR_UNTRUSTED_CERT', 'گواهی طرف مقابل از طرف کاربر غیر قابل اعتماد تشخیص داده شده است.'],
  ['fa', 'SEC_ERROR_EXPIRED_CERTIFICATE', 'گواهی طرف مقابل منقضی شده است.'],
  ['fa', 'SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE', 'گواهینامه‌ی صادرکننده‌ی این گواهی منقضی شده است. تاریخ و زمان سیستم خود را بررسی نمایید.'],
  ['fa', 'MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE', 'گواهینامه ارائه شده توسط کارگزار هنوز معتبر نیست.'],
  ['fa', 'SEC_ERROR_REVOKED_CERTIFICATE', 'گواهی طرف مقابل لغو شده است.'],
  ['fa', 'MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE', 'کلیدگواهینامه صادر شده از طرف سرور به اندازه‌ای کوچک است که یک اتصال را برقرار نمی‌کند.'],
  ['fa', 'SSL_ERROR_NO_CYPHER_OVERLAP', 'ارتباط امن با طرف مقابل ممکن نیست: هیچ الگوریتم رمزنگاری مشترکی وجود ندارد.'],
  ['fa', 'SSL_ERROR_UNSUPPORTED_VERSION', 'طرف مقابل از نسخه‌ای از قرارداد امنیتی استفاده می‌کند که پشتیبانی نمی‌شود.'],
  ['fa', 'SSL_ERROR_PROTOCOL_VERSION_ALERT', 'نسخهٔ قرارداد از نظر طرف مقابل ناسازگار است و توسط آن پشتیبانی نمی‌شود.'],
  ['fa', 'SSL_ERROR_EXPIRED_CERT_ALERT', 'طرف مقابل SSL گواهی شما را به دلیل منقضی شدن رد کرد.'],
  // Persian has no sentence of its own for a self-signed certificate: Firefox shows the English one.
  ['fa', 'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT', 'The certificate is not trusted because it is self-signed.'],
];

/** Sentences of broken handshakes, which no error here claims. */
const OTHER_SENTENCES: [Language, string][] = [
  ['en', 'SSL received a record that exceeded the maximum permissible length.'],
  ['ru', 'SSL получило запись, длина которой превышает максимально допустимую.'],
  ['ru', 'SSL-узлу не удалось договориться о приемлемом наборе параметров безопасности.'],
  ['uk', 'SSL отримав запис що перевищує максимально допустиму довжину.'],
  ['fa', 'SSL رکوردی با طولی بیش از حداکثر طول مجاز دریافت کرد.'],
];

const byName = new Map(NSS_ERRORS.map((error) => [error.name, error]));

describe("Firefox's TLS sentences", () => {
  it.each(SENTENCES)('%s %s: %s', (_language, name, sentence) => {
    const error = byName.get(name)!;
    expect(nssErrorOfSentence(sentence)?.name).toBe(name);
    expect(kindFromError(sentence)).toBe(error.kind);
    expect(tlsFault(sentence)).toBe(error.fault ?? null);
  });

  it('knows every error in English and Russian, the languages of the end-to-end run', () => {
    for (const language of ['en', 'ru'] as const) {
      const named = new Set(SENTENCES.filter(([lang]) => lang === language).map(([, name]) => name));
      expect([...byName.keys()].filter((name) => !named.has(name)), language).toEqual([]);
    }
  });

  it.each(OTHER_SENTENCES)('%s: "%s" is a broken handshake', (_language, sentence) => {
    expect(nssErrorOfSentence(sentence)).toBeNull();
    expect(kindFromError(sentence)).toBe('tls-failure');
    expect(tlsFault(sentence)).toBeNull();
  });

  it('reads Persian whichever way a translation joins its letters', () => {
    const issuer = 'SEC_ERROR_UNKNOWN_ISSUER';
    // Heh with hamza as one letter, and word parts joined by a space instead of a zero-width non-joiner.
    expect(nssErrorOfSentence('صادرکنندۀ گواهی طرف مقابل ناشناخته است.')?.name).toBe(issuer);
    expect(nssErrorOfSentence('صادرکننده گواهی طرف مقابل ناشناخته است.')?.name).toBe(issuer);
    expect(nssErrorOfSentence('طرف مقابل از نسخه ای از قرارداد امنیتی استفاده می کند که پشتیبانی نمی شود.')?.name).toBe(
      'SSL_ERROR_UNSUPPORTED_VERSION',
    );
    // Arabic yeh and kaf for the Persian ones.
    expect(nssErrorOfSentence('گواهي طرف مقابل منقضي شده است.')?.name).toBe('SEC_ERROR_EXPIRED_CERTIFICATE');
  });

  it('reads Russian with "е" for "ё" and any apostrophe in English', () => {
    expect(nssErrorOfSentence('Сертификат узла истек.')?.name).toBe('SEC_ERROR_EXPIRED_CERTIFICATE');
    expect(nssErrorOfSentence("Peer's Certificate has expired.")?.name).toBe('SEC_ERROR_EXPIRED_CERTIFICATE');
  });

  it('tells the site’s expired certificate from this device’s refused one', () => {
    for (const [, name, sentence] of SENTENCES.filter(([, name]) => name === 'SSL_ERROR_EXPIRED_CERT_ALERT')) {
      expect(tlsFault(sentence), sentence).toBeNull();
      expect(kindFromError(sentence), name).toBe('other');
    }
  });
});
