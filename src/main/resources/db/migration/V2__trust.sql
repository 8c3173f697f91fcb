-- Trust: audit trail, anchoring audit, login throttling and shared access to openings.

-- Append-only record of every change, export and login. Values are JSON snapshots.
create sequence audit_event_seq start with 1 increment by 50;
create table audit_event (
    id            bigint        not null primary key,
    occurred_at   timestamp with time zone not null,
    actor_id      bigint,
    actor         varchar(60)   not null,
    action        varchar(30)   not null,
    entity_type   varchar(40)   not null,
    entity_id     varchar(80),
    summary       varchar(500)  not null,
    before_value  varchar(1000000),
    after_value   varchar(1000000)
);
create index ix_audit_event_occurred on audit_event (occurred_at);
create index ix_audit_event_entity on audit_event (entity_type, entity_id);
create index ix_audit_event_actor on audit_event (actor);

-- When a person first saw other interviewers' feedback on a candidate (anchoring audit).
create sequence feedback_view_seq start with 1 increment by 50;
create table feedback_view (
    id              bigint not null primary key,
    user_id         bigint not null,
    candidate_id    bigint not null,
    first_viewed_at timestamp with time zone not null,
    constraint uk_feedback_view unique (user_id, candidate_id),
    constraint fk_feedback_view_user foreign key (user_id) references user_account (id),
    constraint fk_feedback_view_candidate foreign key (candidate_id) references candidate (id)
);

-- Failed logins per username (also for names that do not exist), shared by every instance.
create table login_throttle (
    username          varchar(60) not null primary key,
    failures          integer     not null,
    first_failure_at  timestamp with time zone not null,
    locked_until      timestamp with time zone
);

-- Hiring managers other than the owner who were given access to an opening.
create table opening_access (
    opening_id  bigint not null,
    user_id     bigint not null,
    constraint pk_opening_access primary key (opening_id, user_id),
    constraint fk_opening_access_opening foreign key (opening_id) references opening (id),
    constraint fk_opening_access_user foreign key (user_id) references user_account (id)
);
