-- A scorecard form posted after its author's login expired, kept until they log in again (or for two
-- hours at most), so no typed text is lost without JavaScript. The token is also in a cookie of the
-- browser that posted it: only that browser, logged in as the interviewer, gets the text back.
create table parked_scorecard_form (
    token         varchar(64)     not null primary key,
    interview_id  bigint          not null,
    fields        varchar(200000) not null,
    parked_at     timestamp with time zone not null,
    constraint fk_parked_scorecard_form_interview foreign key (interview_id) references interview (id) on delete cascade
);

create index ix_parked_scorecard_form_parked_at on parked_scorecard_form (parked_at);
