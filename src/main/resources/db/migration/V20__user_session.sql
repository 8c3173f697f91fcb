-- Server-side login sessions (issue 13, findings 1 and 5). The browser holds a random 256-bit token; only
-- its SHA-256 is stored, so a copy of this table cannot be replayed as cookies. Every instance reads the
-- same rows, so logout, a password change and deactivation end a session everywhere at once.
create table user_session (
    token_hash           varchar(64)  not null primary key,
    user_id              bigint       not null,
    -- SHA-256 of the session's CSRF token: forms posted with this session must carry that token.
    csrf_token_hash      varchar(64)  not null,
    created_at           timestamp with time zone not null,
    last_seen_at         timestamp with time zone not null,
    idle_expires_at      timestamp with time zone not null,
    absolute_expires_at  timestamp with time zone not null,
    constraint fk_user_session_user foreign key (user_id) references user_account (id) on delete cascade
);
create index ix_user_session_user on user_session (user_id);
create index ix_user_session_expiry on user_session (idle_expires_at);
