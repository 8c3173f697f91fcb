-- Lists that page through long result sets: an opening's candidates (by name, newest, stage) and the
-- openings list (newest first). Every candidate query is within one opening, so each index leads with
-- opening_id; a search for part of a name or email then reads only that opening's rows.
create index ix_candidate_opening_name on candidate (opening_id, name, id);
create index ix_candidate_opening_created on candidate (opening_id, created_at, id);
create index ix_candidate_opening_status on candidate (opening_id, status, name);
create index ix_opening_created on opening (created_at, id);
