-- Failed HR sign-ins per user name (LoginThrottle), shared by every node, so that a pause holds behind a load balancer.
-- Names are kept whether or not an account exists; a row means nothing after expires_at (the end of its counting window
-- or of its pause) and is deleted then.
create table login_failure (
    username     varchar(100) not null primary key,
    failures     integer      not null,
    locked_until timestamp(6) with time zone,
    expires_at   timestamp(6) with time zone not null
);

create index login_failure_expires_idx on login_failure (expires_at);
