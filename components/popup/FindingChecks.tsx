// A finding's checks: what "check again" found, and the buttons that ask the worker to try the
// host again or to look up its address, with their busy state and result.
import type { Finding, Recheck } from '@blocklens/vocabulary';
import { useContext, useState } from 'preact/hooks';
import { canBeLookedUp } from '../../lib/addresses/lookup-policy';
import type { Translate } from '../../lib/explain/translate';
import { CheckActionsContext } from './check-actions-context';
import { describeLookup, describeRecheck } from './describe-checks';

type Busy = 'recheck' | 'lookup' | null;

/** The later of the stored check and the one just answered (storage may not have caught up). */
function newest(stored: Recheck | undefined, answered: Recheck | null): Recheck | undefined {
  if (!answered) return stored;
  return stored && stored.at >= answered.at ? stored : answered;
}

const failureText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function FindingChecks({ finding, t }: { finding: Finding; t: Translate }) {
  const actions = useContext(CheckActionsContext);
  const [busy, setBusy] = useState<Busy>(null);
  const [answered, setAnswered] = useState<Recheck | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const recheck = newest(finding.recheck, answered);

  const run = async (what: Exclude<Busy, null>, task: () => Promise<string | null>) => {
    setBusy(what);
    setResult(null);
    try {
      setResult(await task());
    } catch (error) {
      setResult(t('recheck_error', [failureText(error)]));
    } finally {
      setBusy(null);
    }
  };

  const checkAgain = () =>
    run('recheck', async () => {
      const reply = await actions!.recheck(finding.host);
      if (!reply.ok) return t('recheck_gone');
      setAnswered(reply.recheck);
      return null;
    });

  const lookUp = () =>
    run('lookup', async () => {
      const reply = await actions!.lookUp(finding.host);
      if (reply.ok) return describeLookup(reply.answers, t);
      return t(reply.reason === 'gone' ? 'recheck_gone' : 'address_lookup_not_a_name');
    });

  if (!actions && !recheck) return null;
  return (
    <div class="finding-checks">
      {recheck && <p class={`recheck-note recheck-${recheck.outcome}`}>{describeRecheck(recheck, t)}</p>}
      {actions && (
        <div class="check-buttons">
          <button
            type="button"
            class="check-button"
            data-check="recheck"
            disabled={busy !== null}
            aria-busy={busy === 'recheck'}
            onClick={() => void checkAgain()}
          >
            {t(busy === 'recheck' ? 'recheck_busy' : 'recheck_button')}
          </button>
          {canBeLookedUp(finding.host) && (
            <button
              type="button"
              class="check-button"
              data-check="lookup"
              title={t('address_lookup_hint')}
              disabled={busy !== null}
              aria-busy={busy === 'lookup'}
              onClick={() => void lookUp()}
            >
              {t(busy === 'lookup' ? 'address_lookup_busy' : 'address_lookup_button')}
            </button>
          )}
        </div>
      )}
      {/* Present from the start, so screen readers announce what appears in it. */}
      {actions && (
        <p class="check-result" aria-live="polite">
          {result}
        </p>
      )}
    </div>
  );
}
