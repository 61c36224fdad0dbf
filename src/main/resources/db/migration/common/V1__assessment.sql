-- One row per completed assessment: the answers, and the scores the model computed when it was made.
create table assessment (
    id                       uuid          not null primary key,
    created_at               timestamp(6) with time zone not null,
    network                  varchar(120)  not null,
    unit                     varchar(120),
    employees                integer       not null check (employees between 1 and 10000000),
    monthly_active_users     integer       not null check (monthly_active_users between 0 and employees),
    content_creators         integer       not null check (content_creators between 0 and monthly_active_users),
    creators_mostly_official boolean       not null,
    benefits                 varchar(200)  not null,
    work_related_share       integer       not null check (work_related_share between 0 and 100),
    improvement              varchar(20)   not null,
    example                  varchar(2000),
    model_version            varchar(20)   not null,
    involvement              integer       not null check (involvement between 0 and 100),
    benefit                  integer       not null check (benefit between 0 and 100),
    quadrant                 varchar(20)   not null,
    borderline               boolean       not null
);

create index assessment_created_idx on assessment (created_at, id);
create index assessment_network_idx on assessment (network, unit, created_at);
create index assessment_quadrant_idx on assessment (quadrant, created_at);
