-- A scorecard form may be parked (posted after the login expired) only with a permit: a random token the
-- server gave a logged-in interviewer with their scorecard form, bound to them and that interview, and
-- expiring. A parked form records whose permit it used and where it came from, so one permit fills at
-- most one slot and one source only a few. Forms parked without a permit cannot be attributed to anyone
-- and are dropped (they were kept for two hours at most).
create table scorecard_parking_permit (
    token         varchar(64)  not null primary key,
    user_id       bigint       not null,
    interview_id  bigint       not null,
    expires_at    timestamp with time zone not null,
    constraint fk_parking_permit_user foreign key (user_id) references user_account (id) on delete cascade,
    constraint fk_parking_permit_interview foreign key (interview_id) references interview (id) on delete cascade
);
create index ix_parking_permit_holder on scorecard_parking_permit (user_id, interview_id);
create index ix_parking_permit_expires on scorecard_parking_permit (expires_at);

delete from parked_scorecard_form;
alter table parked_scorecard_form add column permit varchar(64) not null;
alter table parked_scorecard_form add column user_id bigint not null;
alter table parked_scorecard_form add column source varchar(64) not null;
create unique index ux_parked_scorecard_form_permit on parked_scorecard_form (permit);
create index ix_parked_scorecard_form_source on parked_scorecard_form (source);
