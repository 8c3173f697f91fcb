-- Each person's time zone (an IANA id such as Europe/Berlin): pages show and read times in it. Empty until
-- the person chooses one at their first login; until then pages use traitscore.web.time-zone.
alter table user_account add column time_zone varchar(64);
