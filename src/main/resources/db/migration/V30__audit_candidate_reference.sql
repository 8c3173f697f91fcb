-- Audit entries about a candidate carry a reference to them, so that erasing a candidate redacts exactly
-- those entries, never entries that merely contain the same text (a user's display name, a namesake in
-- another opening). Existing entries are linked where the entry itself names the candidate, an interview
-- or a scorecard of theirs, or is a profile export of theirs.
alter table audit_event add column candidate_id bigint;

update audit_event set candidate_id = (select c.id from candidate c where cast(c.id as varchar(80)) = audit_event.entity_id)
 where entity_type = 'Candidate';

update audit_event set candidate_id = (select i.candidate_id from interview i where cast(i.id as varchar(80)) = audit_event.entity_id)
 where entity_type = 'Interview';

update audit_event set candidate_id = (select i.candidate_id from scorecard s join interview i on i.id = s.interview_id
                                        where cast(s.id as varchar(80)) = audit_event.entity_id)
 where entity_type = 'Scorecard';

update audit_event set candidate_id = (select c.id from candidate c
                                        where audit_event.summary = 'Exported profile PDF (candidate ' || cast(c.id as varchar(20)) || ')'
                                           or audit_event.summary = 'Exported profile HTML (candidate ' || cast(c.id as varchar(20)) || ')')
 where entity_type = 'Export' and summary like 'Exported profile %';

create index ix_audit_event_candidate on audit_event (candidate_id);
