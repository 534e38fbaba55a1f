// What the lookup page is handed to ask the list in use: the worker in the extension, a fake in tests.
import type { ListLookupReply } from '../../lib/messages/list-lookup';

/** Resolves to the worker's answer; rejects when no worker answered. */
export type LookUpList = (query: string) => Promise<ListLookupReply>;
