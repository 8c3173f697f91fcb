-- Login throttling per source and per (account, source) instead of per account (issue 13, finding 6):
-- failures from one address can no longer lock an account for everyone else. Each counter is changed by
-- single atomic UPDATE statements, so parallel attempts are all counted.
drop table login_throttle;
create table login_counter (
    -- 'source:<address>' or 'account:<normalised username>@<address>'
    counter_key        varchar(200) not null primary key,
    attempts           integer      not null,
    window_started_at  timestamp with time zone not null
);
