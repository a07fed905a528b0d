-- A draft of criteria becomes the live table when the amended ordinance is enforced (issue 24, part 4): the decision
-- definition deployed for it, which the designation criteria read from then on, and the case that enacted it. A
-- sector review's draft orders name the draft they take.
alter table criteria_draft add column decision_definition_id varchar(64);
alter table criteria_draft add column enacted_by varchar(100);
alter table sector_review add column criteria_draft_number varchar(60);
