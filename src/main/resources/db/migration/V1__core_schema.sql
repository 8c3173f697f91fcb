-- Core schema: users, the trait catalogue and question bank, openings, candidates,
-- interviews and scorecards. Portable SQL: runs unchanged on H2 and PostgreSQL.
-- Ids come from sequences with an increment of 50 (Hibernate's pooled optimizer).

create sequence user_account_seq start with 1 increment by 50;
create table user_account (
    id             bigint       not null primary key,
    username       varchar(60)  not null,
    display_name   varchar(120) not null,
    email          varchar(254),
    password_hash  varchar(100) not null,
    role           varchar(20)  not null,
    active         boolean      not null,
    created_at     timestamp with time zone not null,
    version        bigint       not null,
    constraint uk_user_account_username unique (username),
    constraint ck_user_account_role check (role in ('ADMIN', 'HIRING_MANAGER', 'INTERVIEWER', 'RECRUITER', 'HR'))
);

-- Question bank -------------------------------------------------------------

create sequence question_bank_version_seq start with 1 increment by 50;
create table question_bank_version (
    id              bigint      not null primary key,
    content_hash    varchar(64) not null,
    loaded_at       timestamp with time zone not null,
    trait_count     integer     not null,
    question_count  integer     not null,
    constraint uk_question_bank_version_hash unique (content_hash)
);

create table trait (
    trait_key       varchar(60)  not null primary key,
    article_number  integer      not null,
    name            varchar(80)  not null,
    statement       varchar(600) not null,
    source_title    varchar(200) not null,
    source_author   varchar(100) not null,
    bank_file       varchar(120) not null,
    constraint uk_trait_article_number unique (article_number)
);

create table rubric_level (
    trait_key  varchar(60)  not null,
    level      integer      not null,
    anchor     varchar(600) not null,
    constraint pk_rubric_level primary key (trait_key, level),
    constraint fk_rubric_level_trait foreign key (trait_key) references trait (trait_key),
    constraint ck_rubric_level_level check (level between 1 and 5)
);

create sequence question_seq start with 1 increment by 50;
create table question (
    id          bigint        not null primary key,
    trait_key   varchar(60)   not null,
    code        varchar(80),
    kind        varchar(20)   not null,
    text        varchar(1000) not null,
    source      varchar(200),
    custom      boolean       not null,
    retired     boolean       not null,
    position    integer       not null,
    created_by  bigint,
    created_at  timestamp with time zone not null,
    constraint uk_question_code unique (code),
    constraint fk_question_trait foreign key (trait_key) references trait (trait_key),
    constraint fk_question_created_by foreign key (created_by) references user_account (id),
    constraint ck_question_kind check (kind in ('BEHAVIORAL', 'SITUATIONAL'))
);
create index ix_question_trait on question (trait_key);

create table question_probe (
    question_id  bigint       not null,
    position     integer      not null,
    text         varchar(600) not null,
    constraint pk_question_probe primary key (question_id, position),
    constraint fk_question_probe_question foreign key (question_id) references question (id)
);

create table trait_indicator (
    code       varchar(80)  not null primary key,
    trait_key  varchar(60)  not null,
    kind       varchar(20)  not null,
    text       varchar(600) not null,
    position   integer      not null,
    retired    boolean      not null,
    constraint fk_trait_indicator_trait foreign key (trait_key) references trait (trait_key),
    constraint ck_trait_indicator_kind check (kind in ('POSITIVE', 'RED_FLAG'))
);

-- Openings and their interview plan ----------------------------------------

create sequence opening_seq start with 1 increment by 50;
create table opening (
    id                 bigint        not null primary key,
    title              varchar(150)  not null,
    team               varchar(100)  not null,
    description        varchar(2000),
    status             varchar(20)   not null,
    hiring_manager_id  bigint        not null,
    created_at         timestamp with time zone not null,
    version            bigint        not null,
    constraint fk_opening_hiring_manager foreign key (hiring_manager_id) references user_account (id),
    constraint ck_opening_status check (status in ('OPEN', 'CLOSED'))
);

create sequence opening_trait_seq start with 1 increment by 50;
create table opening_trait (
    id          bigint      not null primary key,
    opening_id  bigint      not null,
    trait_key   varchar(60) not null,
    weight      integer     not null,
    must_have   boolean     not null,
    constraint uk_opening_trait unique (opening_id, trait_key),
    constraint fk_opening_trait_opening foreign key (opening_id) references opening (id),
    constraint fk_opening_trait_trait foreign key (trait_key) references trait (trait_key),
    constraint ck_opening_trait_weight check (weight between 1 and 3)
);

-- An interviewer on an opening's panel, with the traits they focus on.
create sequence panel_member_seq start with 1 increment by 50;
create table panel_member (
    id              bigint not null primary key,
    opening_id      bigint not null,
    interviewer_id  bigint not null,
    constraint uk_panel_member unique (opening_id, interviewer_id),
    constraint fk_panel_member_opening foreign key (opening_id) references opening (id),
    constraint fk_panel_member_interviewer foreign key (interviewer_id) references user_account (id)
);

create table panel_member_trait (
    panel_member_id  bigint      not null,
    trait_key        varchar(60) not null,
    constraint pk_panel_member_trait primary key (panel_member_id, trait_key),
    constraint fk_panel_member_trait_member foreign key (panel_member_id) references panel_member (id),
    constraint fk_panel_member_trait_trait foreign key (trait_key) references trait (trait_key)
);

-- Candidates and interviews --------------------------------------------------

create sequence candidate_seq start with 1 increment by 50;
create table candidate (
    id                 bigint       not null primary key,
    opening_id         bigint       not null,
    name               varchar(150) not null,
    email              varchar(254),
    status             varchar(20)  not null,
    status_changed_at  timestamp with time zone not null,
    decided_at         timestamp with time zone,
    erased_at          timestamp with time zone,
    created_at         timestamp with time zone not null,
    version            bigint       not null,
    constraint fk_candidate_opening foreign key (opening_id) references opening (id),
    constraint ck_candidate_status check (status in ('APPLIED', 'INTERVIEWING', 'OFFERED', 'HIRED', 'REJECTED', 'WITHDRAWN'))
);
create index ix_candidate_opening on candidate (opening_id);

create sequence interview_seq start with 1 increment by 50;
create table interview (
    id                bigint  not null primary key,
    candidate_id      bigint  not null,
    interviewer_id    bigint  not null,
    scheduled_at      timestamp with time zone not null,
    duration_minutes  integer not null,
    created_at        timestamp with time zone not null,
    version           bigint  not null,
    constraint uk_interview_candidate_interviewer unique (candidate_id, interviewer_id),
    constraint fk_interview_candidate foreign key (candidate_id) references candidate (id),
    constraint fk_interview_interviewer foreign key (interviewer_id) references user_account (id),
    constraint ck_interview_duration check (duration_minutes between 5 and 480)
);
create index ix_interview_interviewer on interview (interviewer_id);

create table interview_focus_trait (
    interview_id  bigint      not null,
    trait_key     varchar(60) not null,
    constraint pk_interview_focus_trait primary key (interview_id, trait_key),
    constraint fk_interview_focus_trait_interview foreign key (interview_id) references interview (id),
    constraint fk_interview_focus_trait_trait foreign key (trait_key) references trait (trait_key)
);

-- Scorecards ------------------------------------------------------------------

create sequence scorecard_seq start with 1 increment by 50;
create table scorecard (
    id              bigint        not null primary key,
    interview_id    bigint        not null,
    status          varchar(20)   not null,
    recommendation  varchar(20),
    summary         varchar(4000),
    bank_version    varchar(64)   not null,
    submitted_at    timestamp with time zone,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint        not null,
    constraint uk_scorecard_interview unique (interview_id),
    constraint fk_scorecard_interview foreign key (interview_id) references interview (id),
    constraint ck_scorecard_status check (status in ('DRAFT', 'SUBMITTED')),
    constraint ck_scorecard_recommendation check (recommendation in ('STRONG_NO', 'NO', 'YES', 'STRONG_YES')),
    constraint ck_scorecard_submitted check (status = 'DRAFT' or (submitted_at is not null and recommendation is not null))
);

create sequence trait_rating_seq start with 1 increment by 50;
create table trait_rating (
    id            bigint        not null primary key,
    scorecard_id  bigint        not null,
    trait_key     varchar(60)   not null,
    score         integer,
    no_evidence   boolean       not null,
    evidence      varchar(4000),
    constraint uk_trait_rating unique (scorecard_id, trait_key),
    constraint fk_trait_rating_scorecard foreign key (scorecard_id) references scorecard (id),
    constraint fk_trait_rating_trait foreign key (trait_key) references trait (trait_key),
    constraint ck_trait_rating_score check (score between 1 and 5),
    constraint ck_trait_rating_evidence check (not (no_evidence and score is not null))
);
create index ix_trait_rating_trait on trait_rating (trait_key);

create table trait_rating_question (
    trait_rating_id  bigint not null,
    question_id      bigint not null,
    constraint pk_trait_rating_question primary key (trait_rating_id, question_id),
    constraint fk_trait_rating_question_rating foreign key (trait_rating_id) references trait_rating (id),
    constraint fk_trait_rating_question_question foreign key (question_id) references question (id)
);

create table trait_rating_red_flag (
    trait_rating_id  bigint      not null,
    indicator_code   varchar(80) not null,
    constraint pk_trait_rating_red_flag primary key (trait_rating_id, indicator_code),
    constraint fk_trait_rating_red_flag_rating foreign key (trait_rating_id) references trait_rating (id),
    constraint fk_trait_rating_red_flag_indicator foreign key (indicator_code) references trait_indicator (code)
);
