-- A counter per opening that goes up whenever its submitted ratings or its traits and weights change.
-- The rater model fitted to an opening is cached under this stamp, so every instance that reads the
-- opening sees at once whether its cached fit still holds.
alter table opening add column ratings_stamp bigint default 0 not null;
