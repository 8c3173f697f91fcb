-- The hiring manager's decision on a candidate with the profile figures it was based on. The snapshot and
-- the decision never change; an erasure removes only the written rationale and justification.
create sequence decision_record_seq start with 1 increment by 50;
create table decision_record (
    id                bigint         not null primary key,
    candidate_id      bigint         not null,
    opening_id        bigint         not null,
    decision          varchar(20)    not null,
    rationale         varchar(4000),
    cited_traits      varchar(1000)  not null,
    against_evidence  boolean        not null,
    conflicts         varchar(8000)  not null,
    justification     varchar(4000),
    snapshot          varchar(1000000) not null,
    bank_versions     varchar(400)   not null,
    decided_by_id     bigint         not null,
    decided_by        varchar(60)    not null,
    decided_at        timestamp with time zone not null,
    superseded_by     bigint,
    constraint fk_decision_record_candidate foreign key (candidate_id) references candidate (id),
    constraint fk_decision_record_opening foreign key (opening_id) references opening (id),
    constraint ck_decision_record_decision check (decision in ('HIRE', 'NO_HIRE', 'HOLD'))
);
create index ix_decision_record_candidate on decision_record (candidate_id);
create index ix_decision_record_opening on decision_record (opening_id);
