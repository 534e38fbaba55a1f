// Request bodies for collector tests and the load bench, built from the extension's own helpers.
import { reportBatch, type ClientInfo, type Report, type ReportBatch } from '../../../lib/reports/report';

export { makeReport } from '../../../tests/unit/reports/make-report';

export const CLIENT: ClientInfo = { version: '0.1.0', browser: 'chrome', browserMajor: 156 };

export function batchOf(reports: Report[]): ReportBatch {
  return reportBatch(CLIENT, reports);
}
