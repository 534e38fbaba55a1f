-- Retention deletes by hour alone: without this index each pass would read every report.
create index reports_hour on reports (hour);
