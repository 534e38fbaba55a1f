// What the popup can ask the worker about one finding.
import type { LookUpReply, RecheckReply } from '../../lib/checks/check-replies';

export interface CheckActions {
  recheck(host: string): Promise<RecheckReply>;
  lookUp(host: string): Promise<LookUpReply>;
}
