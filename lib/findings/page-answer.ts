// What the top-level document's answer tells about the tab's other failures.
import { isBlockPageAnswer, isSinkholeAnswer } from '../failures/sinkhole';
import type { Observation, PageResponse } from '../observe/observation';
import type { PageAnswer } from './tab-findings';

export function pageAnswerOf(response: PageResponse): PageAnswer {
  const ip = response.ip;
  return {
    host: response.host,
    bogon: ip !== undefined && isSinkholeAnswer(ip) && !isBlockPageAnswer(ip),
    loaded: response.loaded,
  };
}

/**
 * Whether the page's answer shows that an observed bogon answer is no sign of DNS tampering: the
 * host answered the page itself (from that address or another one: its page came through), or the
 * page loaded from a bogon address, so the tab is on a network where names lead to private
 * addresses (/etc/hosts, a development machine, split-horizon DNS). A known block-page address is
 * never explained away.
 */
export function explainedByPage(page: PageAnswer | undefined, observation: Observation): boolean {
  if (page === undefined || observation.kind !== 'dns-sinkhole' || observation.ip === undefined) return false;
  if (isBlockPageAnswer(observation.ip)) return false;
  return observation.host === page.host || (page.loaded && page.bogon);
}
