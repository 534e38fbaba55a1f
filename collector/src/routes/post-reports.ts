// POST /v1/reports: a batch is validated as a whole (its hours against the retention window), then
// stored in one statement; 202 only after the reports are committed.
import { MAX_BODY_BYTES, validateReportBatch } from '@blocklens/report-schema';
import type { Handler } from 'hono';
import { readJsonBody } from '../read-json-body';
import { hourOutsideWindow } from '../report-hours';
import type { ReportStore } from '../storage/report-store';

export function postReports(store: ReportStore, retentionDays: number, now: () => number): Handler {
  return async (c) => {
    const body = await readJsonBody(c.req.raw, MAX_BODY_BYTES);
    if (!body.ok) return c.json({ error: body.error }, body.status);
    const validation = validateReportBatch(body.value);
    if (!validation.ok) return c.json({ error: validation.error }, 400);
    const outside = hourOutsideWindow(validation.batch, now(), retentionDays);
    if (outside !== null) return c.json({ error: outside }, 400);
    const { accepted, duplicates } = await store.insert(validation.batch);
    return c.json({ accepted, duplicates }, 202);
  };
}
