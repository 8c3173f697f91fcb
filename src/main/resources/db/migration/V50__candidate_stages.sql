-- Pipeline stages: a debrief stage between interviewing and offered, and each candidate's timeline.
alter table candidate drop constraint ck_candidate_status;
alter table candidate add constraint ck_candidate_status
    check (status in ('APPLIED', 'INTERVIEWING', 'DEBRIEF', 'OFFERED', 'HIRED', 'REJECTED', 'WITHDRAWN'));

create sequence stage_change_seq start with 1 increment by 50;
create table stage_change (
    id               bigint       not null primary key,
    candidate_id     bigint       not null,
    from_status      varchar(20),
    to_status        varchar(20)  not null,
    reason           varchar(40),
    note             varchar(1000),
    debrief_override boolean      not null,
    actor_id         bigint,
    actor            varchar(60)  not null,
    changed_at       timestamp with time zone not null,
    constraint fk_stage_change_candidate foreign key (candidate_id) references candidate (id),
    constraint ck_stage_change_reason check (reason is null or to_status in ('REJECTED', 'WITHDRAWN'))
);
create index ix_stage_change_candidate on stage_change (candidate_id);

-- Existing candidates: the timeline starts where each stood when stages were introduced.
insert into stage_change (id, candidate_id, from_status, to_status, reason, note, debrief_override, actor_id, actor, changed_at)
select nextval('stage_change_seq'), id, null, status, null, null, false, null, 'system', status_changed_at
from candidate;
