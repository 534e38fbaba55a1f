-- Accepted reports, one row per report id (reports.md). No sender address, no arrival time:
-- nothing here is finer than the report's own hour.
create table reports (
  id uuid primary key,
  hour timestamptz not null,
  domain text not null,
  -- First 4 hex digits of SHA-256 of the domain: the key GET /v1/stats/{prefix} looks up.
  domain_prefix text not null check (domain_prefix ~ '^[0-9a-f]{4}$'),
  kind text not null,
  cause text not null,
  mechanism text not null,
  confidence text not null,
  list jsonb not null,
  count integer not null check (count > 0),
  country text,
  client_version text not null,
  client_browser text not null,
  client_browser_major integer not null
);

create index reports_prefix_hour on reports (domain_prefix, hour);
