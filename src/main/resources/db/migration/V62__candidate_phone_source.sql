-- A candidate's phone (personal data: erased with the name and email) and where they came from.
alter table candidate add column phone varchar(40);
alter table candidate add column source varchar(100);
