-- Where an interview takes place: a room or a video link, shown to the interviewer with the kit.
alter table interview add column location varchar(500);
