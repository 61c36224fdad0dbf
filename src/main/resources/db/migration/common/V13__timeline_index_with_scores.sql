-- The network timeline draws up to 120 of the latest assessments of each unit. Read through
-- assessment_network_unit_assessed_idx, each of them cost a look-up of its whole row (2,520 for 21 units); with the
-- scores, type and model version in the index, the timeline's query (TimelinePoint) reads the index alone.
-- The index keeps its leading columns, so every query it served before still uses it in the same order; it replaces
-- the narrower one rather than adding a second index to every write.
drop index assessment_network_unit_assessed_idx;
create index assessment_network_unit_assessed_idx
    on assessment (network, unit, assessed_on, created_at, id, involvement, benefit, quadrant, model_version);
