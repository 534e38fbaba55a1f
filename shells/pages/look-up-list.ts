// The lookup page's question to the worker, which holds the list in use; nothing leaves the browser.
import type { LookUpList } from '../contracts/list-lookup';
import { askWorker } from '../common/ask-worker';

export const lookUpList: LookUpList = (query) => askWorker({ type: 'blocklens:look-up-list', query });
