-- The transactional outbox: every message is written in the same transaction as the change that causes
-- it (a rolled-back change sends nothing), then a job sends it. An instance claims a row by one
-- conditional UPDATE of claimed_by/claimed_until, so several instances never send the same row at once;
-- a claim that lapses (the instance died) lets another instance retry it. dedupe_key makes messages
-- that must exist once (the n-th reminder of a scorecard) unique across instances.
create sequence outbox_message_seq start with 1 increment by 50;
create table outbox_message (
    id               bigint        not null primary key,
    kind             varchar(40)   not null,
    recipient_id     bigint,
    recipient        varchar(254)  not null,
    subject          varchar(300)  not null,
    text_body        varchar(20000) not null,
    html_body        varchar(40000) not null,
    calendar         varchar(20000),
    calendar_method  varchar(10),
    interview_id     bigint,
    dedupe_key       varchar(120),
    status           varchar(20)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamp with time zone not null,
    claimed_by       varchar(200),
    claimed_until    timestamp with time zone,
    last_error       varchar(1000),
    created_at       timestamp with time zone not null,
    sent_at          timestamp with time zone,
    constraint uk_outbox_dedupe unique (dedupe_key)
);
create index ix_outbox_due on outbox_message (status, next_attempt_at);
create index ix_outbox_interview on outbox_message (interview_id, kind);

-- The calendar event of an interview as last sent to its interviewer: a stable UID and the SEQUENCE
-- every update raises (RFC 5545). Kept after the interview is cancelled, which deletes its row.
create table interview_calendar (
    interview_id  bigint       not null primary key,
    uid           varchar(120) not null,
    sequence      integer      not null,
    starts_at     timestamp with time zone not null,
    ends_at       timestamp with time zone not null,
    location      varchar(500)
);

-- Who turned the optional messages off (reminders for scorecards one owes are always sent).
create table mail_preference (
    user_id       bigint   not null primary key,
    optional_off  boolean  not null,
    constraint fk_mail_preference_user foreign key (user_id) references user_account (id) on delete cascade
);

-- The secret that signs unsubscribe links, made by the first instance that needs it and shared by all.
create table mail_signing_key (
    name    varchar(40)  not null primary key,
    secret  varchar(64)  not null
);
