-- Reports computed from activity exports (issue 11), shared by every node and kept across restarts until they expire,
-- so that a results page, a fill link or an evidence token works behind a load balancer. Aggregates only: the figures
-- of the network and of each unit as JSON (counts, shares and the concentration curve), never a person's row.
create table import_report (
    id         varchar(32)  not null primary key,
    network    varchar(120),
    file_name  varchar(120),
    expires_at timestamp(6) with time zone not null,
    figures    text         not null
);

create index import_report_expires_idx on import_report (expires_at);
