-- 受理: a plan's clocks run from the day the ministry accepts it after its formal check, not from its arrival.
-- Plans already in review were accepted as of their arrival (their clocks were computed from it).
alter table screening_case add column accepted_on date;
update screening_case set accepted_on = received_on where period_last_day is not null;
