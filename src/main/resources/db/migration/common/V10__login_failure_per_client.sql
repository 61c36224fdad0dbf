-- Failed HR sign-ins per (user name, client address) (LoginThrottle), shared by every node. A client that fails often
-- is paused with a growing pause; other clients, and so HR at its own desk, are never paused by it. The sum over a
-- name only slows every attempt for that name down. Rows are deleted once expires_at is over, and the table is kept
-- under a configured number of rows. The counts of V5 (per name only) are not carried over.
drop table login_failure;

create table login_failure (
    username      varchar(100) not null,
    client        varchar(64)  not null,
    failures      integer      not null,
    blocked_until timestamp(6) with time zone,
    expires_at    timestamp(6) with time zone not null,
    primary key (username, client)
);

create index login_failure_expires_idx on login_failure (expires_at);
