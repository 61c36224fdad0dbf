-- PostgreSQL only: the network index carries the two scores again, as INCLUDE columns, so that a network's monthly
-- averages (the timeline, PastAssessments.streamScores) are an index-only scan already in (created_at, id) order. With
-- the narrow index of V4, PostgreSQL fetched every one of the network's rows from the table (a bitmap heap scan over
-- most of its pages) and sorted them: about 40 ms for 20,000 rows from a warm cache and 160 ms from a cold one at a
-- million assessments, against 8 ms from a cold cache this way (bench/hr-million.sh postgres).
-- INCLUDE columns are not part of the key, so the key stays the strict prefix of the history order that V4 requires,
-- and the history list filtered by network walks this index backwards as before. H2 has no INCLUDE, and V4 explains
-- why it must keep the narrow index. Version 4.1 sorts after V4 and before any later common migration.
drop index assessment_network_created_idx;
create index assessment_network_created_idx on assessment (network, created_at, id) include (involvement, benefit);
