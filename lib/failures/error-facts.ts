// The browsers' own error names, kept as data: what each one means for Blocklens. Chromium's net
// errors are in chromium-errors.ts, Firefox's NS_ERROR_* codes in firefox-errors.ts, the NSS and
// mozilla::pkix errors behind Firefox's TLS sentences in nss-errors.ts. Every name a browser may
// report is listed with the kind it maps to, or `other` with the reason; a name missing from the
// lists (a newer browser) falls back on its prefix (kind-from-error.ts, local-reason.ts).
import type { FailureKind } from '@blocklens/vocabulary';
import { CHROMIUM_ERRORS } from './chromium-errors';
import { errorName } from './error-name';
import { FIREFOX_ERRORS } from './firefox-errors';
import type { LocalReason } from './local-reason';
import type { TlsFault } from './tls-fault';

interface FactBase {
  /** As webRequest reports it, without Chrome's "net::" prefix: "ERR_CONNECTION_RESET", "NS_ERROR_NET_RESET". */
  name: string;
  /** Chromium's net error number (negative); Firefox's nsresult (0x804B0014); NSS's error code. */
  code: number;
  /** Why the error means what it says here, where that is not plain from its name. */
  why?: string;
  /** What the error says about TLS: the site's own fault, or a known interception system. */
  fault?: TlsFault;
  /**
   * Not a failure a person cares about (a cancellation, a cache miss, a redirect the browser follows
   * itself): the reason. Such errors are dropped before they become an observation.
   */
  ignore?: string;
  /**
   * Arises only while the response body is read, so the server had answered: `http-cut`
   * (vocabulary.md) even when the response's start was not seen (observeError). The kind here is
   * what the error says on its own, before that.
   */
  midTransfer?: true;
  /**
   * What the error means when it ended a request that had gone out and was waiting for its answer
   * (headers sent, none received): the kind then, in place of `kind`, which is what it means before
   * the request went out.
   */
  awaitingAnswer?: FailureKind;
  /** Gone from the browser's newest list, kept while browsers in use still report it. */
  retired?: true;
}

export type ErrorFact = FactBase &
  (
    | { kind: 'other'; why: string }
    | { kind: 'local'; local?: LocalReason }
    | { kind: Exclude<FailureKind, 'other' | 'local'> }
  );

const FACTS = new Map<string, ErrorFact>([...CHROMIUM_ERRORS, ...FIREFOX_ERRORS].map((fact) => [fact.name, fact]));

/** What the browsers' lists say about an error string, or undefined for a name they do not know. */
export function errorFact(error: string): ErrorFact | undefined {
  return FACTS.get(errorName(error));
}

/** The kind of an error that ended a request waiting for its answer, when that differs (ErrorFact.awaitingAnswer). */
export function kindAwaitingAnswer(error: string): FailureKind | undefined {
  return errorFact(error)?.awaitingAnswer;
}

/** The error can only come after the server started answering (see ErrorFact.midTransfer). */
export function arisesMidTransfer(error: string): boolean {
  return errorFact(error)?.midTransfer === true;
}
