-- The results of a pulse are counted from this index alone (benefits with improvement, and work-related share), so
-- that counting 100,000 answers never reads the rows themselves.
create index pulse_response_tally_idx on pulse_response (pulse_id, benefits, improvement, work_related_share);
