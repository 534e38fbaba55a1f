// The lookup page for site owners: type a domain, URL or address and see every entry of the list in
// use that names it, with its authority, decision and date. The worker answers on the device.
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../lib/explain/translate';
import type { LookUpList } from '../../shells/contracts/list-lookup';
import { LookupResults } from './LookupResults';
import { useListLookup } from './use-list-lookup';

export interface LookupPageProps {
  lookUp: LookUpList;
  t: Translate;
  /** Looked up at once when given (the popup links to the page with the tab's host). */
  initialQuery?: string;
}

export function LookupPage({ lookUp, t, initialQuery = '' }: LookupPageProps) {
  const [typed, setTyped] = useState(initialQuery);
  const [state, submit] = useListLookup(lookUp);
  useEffect(() => {
    if (initialQuery.trim() !== '') submit(initialQuery);
  }, [initialQuery, submit]);
  return (
    <div class="page lookup-page">
      <header class="page-header">
        <h1>{t('lookup_title')}</h1>
      </header>
      <main>
        <section class="card" aria-labelledby="lookup-form-title">
          <h2 id="lookup-form-title">{t('lookup_form_title')}</h2>
          <p>{t('lookup_intro')}</p>
          <form
            class="lookup-form"
            role="search"
            aria-busy={state.phase === 'loading'}
            onSubmit={(event) => {
              event.preventDefault();
              submit(typed);
            }}
          >
            <label for="lookup-query">{t('lookup_label')}</label>
            <div class="lookup-row">
              <input
                id="lookup-query"
                name="query"
                type="text"
                dir="ltr"
                autoComplete="off"
                autoCapitalize="off"
                spellcheck={false}
                enterKeyHint="search"
                value={typed}
                aria-describedby="lookup-hint"
                onInput={(event) => setTyped(event.currentTarget.value)}
              />
              <button type="submit" class="primary">
                {t('lookup_submit')}
              </button>
            </div>
            <p id="lookup-hint" class="hint">
              {t('lookup_hint')}
            </p>
          </form>
          <p class="hint">{t('lookup_local')}</p>
        </section>
        <LookupResults state={state} t={t} />
      </main>
    </div>
  );
}
