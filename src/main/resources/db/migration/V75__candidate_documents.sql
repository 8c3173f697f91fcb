-- Documents about a candidate (a CV): the bytes live in the database, so every instance serves the same
-- files and backups, erasure and the personal-data export cover them with the rest of the candidate.
create sequence candidate_document_seq start with 1 increment by 50;
create table candidate_document (
    id           bigint        not null primary key,
    candidate_id bigint        not null,
    file_name    varchar(200)  not null,
    media_type   varchar(100)  not null,
    size_bytes   bigint        not null,
    content      bytea         not null,
    uploaded_by  varchar(60)   not null,
    uploaded_at  timestamp with time zone not null,
    constraint fk_candidate_document_candidate foreign key (candidate_id) references candidate (id)
);
create index ix_candidate_document_candidate on candidate_document (candidate_id);
