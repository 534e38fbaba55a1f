// The popup's checks as messages to the worker, for the tab the popup shows.
import { browser } from 'wxt/browser';
import type { CheckActions } from '../contracts/check-actions';
import {
  checkRequest,
  LOOK_UP_MESSAGE,
  RECHECK_MESSAGE,
  type CheckRequest,
  type LookUpReply,
  type RecheckReply,
} from '../../lib/checks/check-messages';
import { targetTab } from './use-popup-state';

export function popupCheckActions(): CheckActions {
  let tabId: Promise<number> | undefined;
  const ask = async (type: CheckRequest['type'], host: string): Promise<unknown> => {
    tabId ??= targetTab().then((tab) => tab?.id ?? -1);
    return browser.runtime.sendMessage(checkRequest(type, await tabId, host));
  };
  return {
    recheck: (host) => ask(RECHECK_MESSAGE, host) as Promise<RecheckReply>,
    lookUp: (host) => ask(LOOK_UP_MESSAGE, host) as Promise<LookUpReply>,
  };
}
