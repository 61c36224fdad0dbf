-- Employee pulse (issue 13). A pulse is opened by HR for a network or unit; its answers are anonymous by design:
-- no name, e-mail, address or time is stored with an answer, not even the day. answer_key is a hash of a random
-- token kept in the answering browser's cookie, so that the same browser can replace its answer while the pulse is
-- open; it is never linked to a person. shuffle is a random number that orders comments without revealing the order
-- in which they were written.
create table pulse (
    id         uuid          not null primary key,
    token      varchar(43)   not null unique,
    created_at timestamp(6) with time zone not null,
    network    varchar(120)  not null,
    unit       varchar(120),
    headcount  integer       not null check (headcount between 1 and 10000000),
    closes_on  date,
    closed     boolean       not null
);

create index pulse_created_idx on pulse (created_at);

create table pulse_response (
    pulse_id           uuid          not null references pulse (id) on delete cascade,
    answer_key         varchar(43)   not null,
    benefits           integer       not null check (benefits between 0 and 255),
    improvement        integer       not null check (improvement between 1 and 5),
    work_related_share integer       not null check (work_related_share between 0 and 100),
    comment            varchar(1000),
    shuffle            integer       not null,
    primary key (pulse_id, answer_key)
);

create index pulse_response_comment_idx on pulse_response (pulse_id, shuffle);

-- An assessment whose questions 3 and 4 were taken from a pulse keeps the pulse and how many had answered. No foreign
-- key: deleting the pulse later does not rewrite the assessment, which still says its answers came from a pulse.
alter table assessment add column pulse_id uuid;
alter table assessment add column pulse_responses integer;
alter table assessment add constraint assessment_pulse_chk check (
    (pulse_id is null and pulse_responses is null) or (pulse_id is not null and pulse_responses >= 1));
