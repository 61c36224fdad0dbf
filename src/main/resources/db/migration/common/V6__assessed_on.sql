-- The day an assessment's answers describe (issue 12): HR may enter past rounds, so it is not always the day it was
-- stored. Rows stored before take the day they were made (UTC). History, progress, timeline and compare order by it,
-- then by created_at and id, so the indexes that served "newest first" by created_at now lead with assessed_on.
alter table assessment add column assessed_on date;
update assessment set assessed_on = cast(created_at as date);
alter table assessment alter column assessed_on set not null;
-- The application always writes it; the default serves rows inserted by hand (and by tools) as "today".
alter table assessment alter column assessed_on set default current_date;
alter table assessment add constraint assessment_assessed_on_chk check (assessed_on >= date '2000-01-01');

drop index assessment_created_idx;
drop index assessment_network_unit_idx;
drop index assessment_network_created_idx;
drop index assessment_unit_created_idx;
drop index assessment_quadrant_created_idx;
create index assessment_assessed_idx on assessment (assessed_on, created_at, id);
create index assessment_network_unit_assessed_idx on assessment (network, unit, assessed_on, created_at, id);
create index assessment_network_assessed_idx on assessment (network, assessed_on, created_at, id);
create index assessment_unit_assessed_idx on assessment (unit, assessed_on, created_at, id);
create index assessment_quadrant_assessed_idx on assessment (quadrant, assessed_on, created_at, id);
-- Recent networks (suggestions) still read the newest stored rows first.
create index assessment_created_idx on assessment (created_at, id);
