// Messages the extension pages send the worker about reports: only the worker ever sends reports,
// so two senders never post the same batch at once.
export const SEND_NOW_MESSAGE = { type: 'blocklens:send-reports-now' } as const;

export function isSendNowMessage(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === SEND_NOW_MESSAGE.type;
}
