// Request bodies for collector tests and the load bench, built with the report schema's own helpers.
import { reportBatch, type ClientInfo, type Report, type ReportBatch } from '@blocklens/report-schema';

export { makeReport } from '@blocklens/report-schema/testing';

export const CLIENT: ClientInfo = { version: '0.1.0', browser: 'chrome', browserMajor: 156 };

export function batchOf(reports: Report[]): ReportBatch {
  return reportBatch(CLIENT, reports);
}
