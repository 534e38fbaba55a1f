// The NSS and mozilla::pkix errors Blocklens tells apart in Firefox. Firefox reports a TLS failure
// to webRequest as the error's sentence in the browser's language (nsINSSErrorsService), not as a
// name, so each error carries the distinctive words of its sentence in every language Blocklens
// ships. Names and codes as NSS defines them (Firefox's nsresult is 0x805A0000 minus the code);
// the words are from Firefox's own strings: en-US from Firefox ESR 153, ru from its langpack
// (firefox-esr-l10n-ru), uk and fa from mozilla-l10n/firefox-l10n
// (security/manager/chrome/pipnss/nsserrors.properties), with uk's older wording too. A language
// without its own sentence for an error shows Firefox's English one, so it has no words here.
// Every other NSS error is a broken handshake (tls-failure).
import type { FailureKind } from '@blocklens/vocabulary';
import type { TlsFault } from './tls-fault';

/** The languages Blocklens ships (public/_locales). */
export const SENTENCE_LANGUAGES = ['en', 'ru', 'uk', 'fa'] as const;
export type SentenceLanguage = (typeof SENTENCE_LANGUAGES)[number];

export interface NssError {
  name: string;
  /** NSS's error code (SEC_ERROR_BASE -8192, SSL_ERROR_BASE -12288, MOZILLA_PKIX_ERROR_BASE -16384). */
  code: number;
  kind: FailureKind;
  fault?: TlsFault;
  why?: string;
  /** Words of the sentence that only this error's sentence has, per language (tls-sentence.ts normalises both). */
  words: Record<SentenceLanguage, readonly string[]>;
}

const CLIENT_CERTIFICATE = 'the server refused the client certificate of this device: the site was reached';

/**
 * In matching order: where one error's words occur in another's sentence (fa: the untrusted
 * certificate's in the untrusted issuer's), the longer sentence comes first.
 */
export const NSS_ERRORS: readonly NssError[] = [
  {
    name: 'SSL_ERROR_BAD_CERT_DOMAIN',
    code: -12276,
    kind: 'tls-cert-mismatch',
    words: {
      en: ['requested domain name does not match'],
      ru: ['имя домена не соответствует'],
      uk: ['домену не збігається з сертифікатом', 'домену не відповідає сертифікату'],
      fa: ['با گواهی کارگزار همخوانی ندارد'],
    },
  },
  {
    name: 'SEC_ERROR_UNKNOWN_ISSUER',
    code: -8179,
    kind: 'tls-cert-untrusted',
    words: {
      en: ['certificate issuer is not recognized'],
      ru: ['издатель сертификата узла не распознан'],
      uk: ['вузла не розпізнаний'],
      fa: ['گواهی طرف مقابل ناشناخته است'],
    },
  },
  {
    name: 'SEC_ERROR_UNTRUSTED_ISSUER',
    code: -8172,
    kind: 'tls-cert-untrusted',
    words: {
      en: ['issuer has been marked as not trusted'],
      ru: ['не доверяет издателю сертификата'],
      uk: ['позначив видавця сертифіката'],
      fa: ['صادرکننده گواهی طرف مقابل از طرف کاربر غیر قابل اعتماد'],
    },
  },
  {
    name: 'SEC_ERROR_UNTRUSTED_CERT',
    code: -8171,
    kind: 'tls-cert-untrusted',
    words: {
      en: ['certificate has been marked as not trusted'],
      ru: ['не доверяет сертификату узла'],
      uk: ['позначив сертифікат вузла'],
      fa: ['گواهی طرف مقابل از طرف کاربر غیر قابل اعتماد'],
    },
  },
  {
    name: 'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT',
    code: -16370,
    kind: 'tls-cert-untrusted',
    words: {
      en: ['not trusted because it is self-signed'],
      ru: ['является самоподписанным'],
      uk: ['має власний підпис'],
      fa: [],
    },
  },
  {
    name: 'SEC_ERROR_CA_CERT_INVALID',
    code: -8156,
    kind: 'tls-cert-untrusted',
    words: {
      en: ['issuer certificate is invalid'],
      ru: ['сертификат издателя неверен'],
      uk: ['нечинний видавець сертифіката', 'нечинний видавач сертифікату'],
      fa: ['گواهی صادرکننده نامعتبر است'],
    },
  },
  {
    name: 'SEC_ERROR_BAD_SIGNATURE',
    code: -8182,
    kind: 'tls-cert-untrusted',
    words: {
      en: ["peer's certificate has an invalid signature"],
      ru: ['сертификат узла имеет неверную подпись'],
      uk: ['сертифікат вузла має недійсний підпис'],
      fa: ['گواهی طرف مقابل امضای نامعتبری دارد'],
    },
  },
  {
    name: 'MOZILLA_PKIX_ERROR_KEY_PINNING_FAILURE',
    code: -16384,
    kind: 'tls-cert-untrusted',
    why: "a certificate without the site's pinned key is a substituted one",
    words: { en: ['(hpkp)'], ru: ['(hpkp)'], uk: ['(hpkp)'], fa: ['(hpkp)'] },
  },
  {
    name: 'MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY',
    code: -16383,
    kind: 'tls-cert-untrusted',
    words: {
      en: ['identifying it as a certificate authority'],
      ru: ['расширением основных ограничений'],
      uk: ['розширенням основних обмежень'],
      fa: ['محدودیت های اولیه'],
    },
  },
  {
    name: 'SEC_ERROR_CERT_NOT_IN_NAME_SPACE',
    code: -8080,
    kind: 'tls-cert-untrusted',
    words: {
      en: ['not permitted to issue a certificate with this name'],
      ru: ['не разрешено издавать сертификаты с этим именем'],
      uk: ['не дозволено видавати сертифікати'],
      fa: ['مجاز به صدور گواهی با این نام نیست'],
    },
  },
  {
    name: 'SEC_ERROR_EXPIRED_CERTIFICATE',
    code: -8181,
    kind: 'tls-cert-untrusted',
    fault: 'site',
    words: {
      en: ["peer's certificate has expired"],
      ru: ['сертификат узла истёк'],
      uk: ['термін дії сертифіката вузла завершився', 'сертифікат вузла застарів'],
      fa: ['گواهی طرف مقابل منقضی شده'],
    },
  },
  {
    name: 'SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE',
    code: -8162,
    kind: 'tls-cert-untrusted',
    fault: 'site',
    words: {
      en: ["issuer's certificate has expired"],
      ru: ['сертификат издателя сертификатов истёк'],
      uk: ['сертифіката видавця сертифікатів завершився', 'сертифікат видавача сертифіката застарів'],
      fa: ['صادرکنندهی این گواهی منقضی شده'],
    },
  },
  {
    name: 'MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE',
    code: -16379,
    kind: 'tls-cert-untrusted',
    fault: 'site',
    words: {
      en: ['presented a certificate that is not yet valid'],
      ru: ['полученный от сервера, ещё не действителен'],
      uk: ['надав сертифікат, який ще недійсний'],
      fa: ['گواهینامه ارائه شده توسط کارگزار هنوز معتبر نیست'],
    },
  },
  {
    name: 'MOZILLA_PKIX_ERROR_NOT_YET_VALID_ISSUER_CERTIFICATE',
    code: -16378,
    kind: 'tls-cert-untrusted',
    fault: 'site',
    words: {
      en: ['not yet valid was used to issue'],
      ru: ['ещё не действителен, был использован для выдачи'],
      uk: ['було використано сертифікат, який ще недійсний'],
      fa: ['از یک گواهینامه که هنوز معتبر نیست استفاده شده'],
    },
  },
  {
    name: 'SEC_ERROR_REVOKED_CERTIFICATE',
    code: -8180,
    kind: 'tls-cert-untrusted',
    fault: 'site',
    words: {
      en: ["peer's certificate has been revoked"],
      ru: ['сертификат узла был отозван'],
      uk: ['сертифікат вузла був відкликаний'],
      fa: ['گواهی طرف مقابل لغو شده'],
    },
  },
  {
    name: 'SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED',
    code: -8016,
    kind: 'tls-cert-untrusted',
    fault: 'site',
    words: {
      en: ['signature algorithm that is disabled'],
      ru: ['алгоритма подписи, который был отключён'],
      uk: ['алгоритму, який вимкнено через його незахищеність'],
      fa: ['الگوریتم نا امن امضا شده'],
    },
  },
  {
    name: 'MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE',
    code: -16382,
    kind: 'tls-cert-untrusted',
    fault: 'site',
    words: {
      en: ['key size that is too small'],
      ru: ['слишком мал для установки защищённого соединения'],
      uk: ['розміром ключа, який є замалим'],
      fa: ['به اندازه ای کوچک است'],
    },
  },
  {
    name: 'SSL_ERROR_NO_CYPHER_OVERLAP',
    code: -12286,
    kind: 'tls-failure',
    fault: 'site',
    why: 'no TLS cipher in common: outdated TLS on the server, as ERR_SSL_VERSION_OR_CIPHER_MISMATCH in Chromium',
    words: {
      en: ['no common encryption algorithm'],
      ru: ['общие алгоритм(ы) шифрования'],
      uk: ['спільних криптоалгоритмів'],
      fa: ['الگوریتم رمزنگاری مشترکی'],
    },
  },
  {
    name: 'SSL_ERROR_UNSUPPORTED_VERSION',
    code: -12279,
    kind: 'tls-failure',
    fault: 'site',
    why: 'no TLS version in common: outdated TLS on the server',
    words: {
      en: ['unsupported version of security protocol'],
      ru: ['неподдерживаемую версию протокола безопасности'],
      uk: ['непідтримувану версію протоколу секретності'],
      fa: ['نسخهای از قرارداد امنیتی'],
    },
  },
  {
    name: 'SSL_ERROR_PROTOCOL_VERSION_ALERT',
    code: -12190,
    kind: 'tls-failure',
    fault: 'site',
    why: 'the server refused every TLS version offered: outdated TLS on the server',
    words: {
      en: ['incompatible or unsupported protocol version'],
      ru: ['несовместимой или неподдерживаемой версии протокола'],
      uk: ['несумісну версію протоколу'],
      fa: ['نسخه قرارداد از نظر طرف مقابل ناسازگار'],
    },
  },
  {
    name: 'SSL_ERROR_BAD_CERT_ALERT',
    code: -12271,
    kind: 'other',
    why: CLIENT_CERTIFICATE,
    words: {
      en: ['cannot verify your certificate'],
      ru: ['не может верифицировать ваш сертификат'],
      uk: ['не може перевірити ваш сертифікат'],
      fa: ['قادر به وارسی گواهی شما نبود'],
    },
  },
  {
    name: 'SSL_ERROR_REVOKED_CERT_ALERT',
    code: -12270,
    kind: 'other',
    why: CLIENT_CERTIFICATE,
    words: {
      en: ['rejected your certificate as revoked'],
      ru: ['отклонил ваш сертификат, как отозванный'],
      uk: ['відхилив ваш сертифікат як відкликаний'],
      fa: ['گواهی شما را به دلیل لغو شدن رد کرد'],
    },
  },
  {
    name: 'SSL_ERROR_EXPIRED_CERT_ALERT',
    code: -12269,
    kind: 'other',
    why: CLIENT_CERTIFICATE,
    words: {
      en: ['rejected your certificate as expired'],
      ru: ['отклонил ваш сертификат, как истёкший'],
      uk: ['відхилив ваш сертифікат як застарілий'],
      fa: ['گواهی شما را به دلیل منقضی شدن رد کرد'],
    },
  },
];
