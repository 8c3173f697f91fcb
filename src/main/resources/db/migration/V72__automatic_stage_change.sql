-- A move the system made on its own (the last scheduled scorecard came in), told apart on the timeline.
alter table stage_change add column automatic boolean default false not null;
