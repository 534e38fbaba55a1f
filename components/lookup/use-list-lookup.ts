// The lookup page's state: nothing asked yet, a lookup under way, the worker's answer, or no answer.
import { useCallback, useRef, useState } from 'preact/hooks';
import type { ListLookupReply } from '../../lib/messages/list-lookup';
import type { LookUpList } from '../../shells/contracts/list-lookup';
import { errorMessage } from '../shared/error-message';

export type LookupState =
  | { phase: 'idle' }
  | { phase: 'loading'; typed: string }
  | { phase: 'answered'; typed: string; reply: ListLookupReply }
  /** The worker did not answer; `message` says why, as the browser put it. */
  | { phase: 'failed'; typed: string; message: string };

/** The state and a function that looks up `typed`; only the latest lookup's answer is shown. */
export function useListLookup(lookUp: LookUpList): [LookupState, (typed: string) => void] {
  const [state, setState] = useState<LookupState>({ phase: 'idle' });
  const latest = useRef(0);
  const submit = useCallback(
    (typed: string) => {
      const asked = ++latest.current;
      setState({ phase: 'loading', typed });
      lookUp(typed).then(
        (reply) => asked === latest.current && setState({ phase: 'answered', typed, reply }),
        (error: unknown) => asked === latest.current && setState({ phase: 'failed', typed, message: errorMessage(error) }),
      );
    },
    [lookUp],
  );
  return [state, submit];
}
