-- Short notes the panel writes in a candidate's debrief. The text is removed when the candidate is erased.
create sequence debrief_note_seq start with 1 increment by 50;
create table debrief_note (
    id            bigint        not null primary key,
    candidate_id  bigint        not null,
    author_id     bigint        not null,
    author        varchar(120)  not null,
    text          varchar(1000),
    created_at    timestamp with time zone not null,
    constraint fk_debrief_note_candidate foreign key (candidate_id) references candidate (id),
    constraint fk_debrief_note_author foreign key (author_id) references user_account (id)
);
create index ix_debrief_note_candidate on debrief_note (candidate_id);
