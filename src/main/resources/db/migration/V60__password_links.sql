-- One-time links with which a person sets their own password: an invitation for a new account or a
-- reset by an administrator. Only the SHA-256 of the token is stored; the token itself is shown once.
create sequence password_link_seq start with 1 increment by 50;
create table password_link (
    id           bigint       not null primary key,
    user_id      bigint       not null,
    purpose      varchar(20)  not null,
    token_hash   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone,
    voided_at    timestamp with time zone,
    created_by   varchar(60)  not null,
    constraint uk_password_link_token unique (token_hash),
    constraint fk_password_link_user foreign key (user_id) references user_account (id)
);
create index ix_password_link_user on password_link (user_id);
