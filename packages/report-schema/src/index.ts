// The report wire format of reports.md, shared by the extension (which builds and sends reports) and
// the collector (which validates and stores them), so both check a report with the same code.
export * from './private-hosts';
export * from './report';
export * from './report-hour';
