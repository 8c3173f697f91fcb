-- Issue 16 review: V30 linked audit entries to the candidate they concern, but not EXPORT_FAILED entries,
-- whose entity id is the file name (for a candidate's report, a name built from theirs). A failure entry
-- marks a file whose EXPORT entry was written before it; it is linked to a candidate only when every EXPORT
-- entry of that very file up to the failure is linked, and to one and the same candidate (linked by V30
-- from the stored candidate id, or by the application since). Nothing is matched against names: a file
-- whose exports concern no candidate, or several namesakes, stays unlinked.
update audit_event set candidate_id = (
        select min(e.candidate_id) from audit_event e
         where e.action = 'EXPORT' and e.entity_type = 'Export' and e.entity_id = audit_event.entity_id
           and e.occurred_at <= audit_event.occurred_at)
 where action = 'EXPORT_FAILED' and entity_type = 'Export' and candidate_id is null
   and (select count(distinct e.candidate_id) from audit_event e
         where e.action = 'EXPORT' and e.entity_type = 'Export' and e.entity_id = audit_event.entity_id
           and e.occurred_at <= audit_event.occurred_at) = 1
   and not exists (select 1 from audit_event e
         where e.action = 'EXPORT' and e.entity_type = 'Export' and e.entity_id = audit_event.entity_id
           and e.occurred_at <= audit_event.occurred_at and e.candidate_id is null);
