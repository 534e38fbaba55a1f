// What the worker answers when the popup asks it about one finding: try the host again, or look up
// its address. Only the worker asks, so the answers land in the stored finding for every view.
import type { Recheck } from '@blocklens/vocabulary';
import type { SourceAnswer } from '../addresses/host-addresses';

/** `gone`: the tab no longer has a finding for the host (it navigated, or closed). */
export type RecheckReply = { ok: true; recheck: Recheck } | { ok: false; reason: 'gone' };
export type LookUpReply = { ok: true; answers: SourceAnswer[] } | { ok: false; reason: 'gone' | 'not-a-name' };
