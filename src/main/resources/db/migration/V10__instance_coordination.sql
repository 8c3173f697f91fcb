-- Several instances on one database: start-up work that must happen once waits on the row of
-- startup_lock (select ... for update), and scheduled jobs claim a lease in job_lease before they run.
create table startup_lock (
    name varchar(60) primary key
);
insert into startup_lock (name) values ('start-up');

-- One row per job, added by the first claim. holder names the instance (host, process, random part);
-- held_until is when the lease lapses and another instance may claim it.
create table job_lease (
    name        varchar(60) primary key,
    holder      varchar(200),
    held_until  timestamp with time zone
);
