// What the popup can ask the worker about one finding. Absent where nothing can be asked (a preview,
// a component test without a worker), and then the finding shows no buttons.
import { createContext } from 'preact';
import type { LookUpReply, RecheckReply } from '../../lib/checks/check-messages';

export interface CheckActions {
  recheck(host: string): Promise<RecheckReply>;
  lookUp(host: string): Promise<LookUpReply>;
}

export const CheckActionsContext = createContext<CheckActions | null>(null);
