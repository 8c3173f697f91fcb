-- Issue 16: cancelling an interview marks the row (when, by whom, why) instead of deleting it, so the
-- candidate's record keeps it. Every query of interviews ignores cancelled rows (Interview's restriction).
alter table interview add column cancelled_at timestamp with time zone;
alter table interview add column cancelled_by_id bigint;
alter table interview add column cancel_reason varchar(300);
-- 0 while the interview is live; its own id once cancelled. One live interview per candidate and
-- interviewer, as before, while a cancelled one no longer stands in the way of scheduling them again.
alter table interview add column cancelled_slot bigint default 0 not null;
alter table interview add constraint fk_interview_cancelled_by foreign key (cancelled_by_id) references user_account (id);
alter table interview drop constraint uk_interview_candidate_interviewer;
alter table interview add constraint uk_interview_live_pair unique (candidate_id, interviewer_id, cancelled_slot);
