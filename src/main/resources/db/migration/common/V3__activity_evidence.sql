-- Evidence from an activity export behind questions 1 and 2 (issue 4): aggregates only, never per-person data.
-- All columns are null when the answers were typed in; otherwise they hold the export's own figures, so that each
-- answer equal to them can be shown as "from data".
alter table assessment add column evidence_source varchar(20);
alter table assessment add column evidence_unit varchar(120);
alter table assessment add column evidence_reference_date date;
alter table assessment add column evidence_window_days integer;
alter table assessment add column evidence_people integer;
alter table assessment add column evidence_active integer;
alter table assessment add column evidence_creators integer;
alter table assessment add column evidence_lurkers integer;
alter table assessment add column evidence_occasional integer;
alter table assessment add constraint assessment_evidence_chk check (
    evidence_source is null or (
        evidence_reference_date is not null
        and evidence_window_days between 1 and 366
        and evidence_people >= 1
        and evidence_active between 0 and evidence_people
        and evidence_creators between 0 and evidence_active
        and evidence_lurkers >= 0
        and evidence_occasional >= 0
        and evidence_lurkers + evidence_occasional + evidence_creators = evidence_active));
