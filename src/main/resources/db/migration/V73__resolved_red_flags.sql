-- A red flag the hiring manager looked into and marked resolved, with a short note. One per candidate, trait and
-- flag code (however many interviewers noticed it). The note is removed when the candidate is erased.
create sequence resolved_red_flag_seq start with 1 increment by 50;
create table resolved_red_flag (
    id              bigint        not null primary key,
    candidate_id    bigint        not null,
    trait_key       varchar(80)   not null,
    flag_code       varchar(80)   not null,
    note            varchar(500),
    resolved_by_id  bigint        not null,
    resolved_by     varchar(60)   not null,
    resolved_at     timestamp with time zone not null,
    constraint fk_resolved_red_flag_candidate foreign key (candidate_id) references candidate (id),
    constraint fk_resolved_red_flag_user foreign key (resolved_by_id) references user_account (id),
    constraint uq_resolved_red_flag unique (candidate_id, trait_key, flag_code)
);
