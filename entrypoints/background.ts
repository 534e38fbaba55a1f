// The worker: glue only. Every listener is registered synchronously at start, because an MV3 worker
// woken by an event must have its listener in place before that event is dispatched.
import { defineBackground } from 'wxt/utils/define-background';
import { answerListLookup } from '../lib/messages/list-lookup';
import { ownBundledBlocklist } from '../shells/worker/bundled-blocklist';
import { routeWorkerMessages } from '../shells/worker/message-router';
import { registerChecks } from '../shells/worker/register-checks';
import { registerFindings } from '../shells/worker/register-findings';
import { forgetStoredBlocklist, registerListUpdates, storedBlocklist } from '../shells/worker/register-list-updates';
import { registerNetworkMode } from '../shells/worker/register-network-mode';
import { registerReports } from '../shells/worker/register-reports';
import { watchSettings } from '../shells/worker/settings-source';

export default defineBackground(() => {
  const settings = watchSettings();
  const blocklist = ownBundledBlocklist(() => storedBlocklist(settings), forgetStoredBlocklist);
  const listUpdates = registerListUpdates(settings, blocklist);
  const reporter = registerReports(settings);
  const findings = registerFindings(blocklist);
  findings.onExplained((finding, previous) => {
    reporter
      .findingExplained(finding, previous)
      .catch((error: unknown) => console.error('Blocklens: could not queue a report', error));
  });
  registerNetworkMode(findings);
  const checks = registerChecks(findings, settings);
  routeWorkerMessages({
    'blocklens:ensure-blocklist': async () => {
      await blocklist.current();
      return true;
    },
    'blocklens:send-reports-now': () => reporter.send(true),
    'blocklens:recheck': ({ tabId, host }) => checks.recheck(tabId, host),
    'blocklens:look-up-address': ({ tabId, host }) => checks.lookUp(tabId, host),
    'blocklens:look-up-list': async ({ query }) => answerListLookup(await blocklist.current(), query),
    'blocklens:list-updates': () => listUpdates.view(),
    'blocklens:check-lists-now': () => listUpdates.checkNow(),
    'blocklens:use-bundled-list': () => listUpdates.useBundled(),
    'blocklens:judge-stalls': async () => {
      await findings.judgeStalls();
      return true;
    },
  });
});
