-- One case file and one decision log for all procedures. A case is named by its case number, which is also the
-- business key of its processes: the application number (screening), the proposal number (designation), the
-- designation key DESIGNATION-<id> (revocation, re-evaluation), CHANGE-<id> (change notices), the review number
-- (sector addition). Decisions of an official at a step are acts too (decision, effective_on): the model's next
-- step carries them out by reading them here, never from process variables.
create table case_act (
    id           uuid          primary key,
    procedure    varchar(20)   not null,
    case_number  varchar(80)   not null,
    act_type     varchar(40)   not null,
    act_date     date          not null,
    official     varchar(100)  not null,
    decision     varchar(40),
    effective_on date,
    details      varchar(8000),
    recorded_at  timestamp with time zone not null
);
create index case_act_case on case_act (procedure, case_number, recorded_at);

insert into case_act (id, procedure, case_number, act_type, act_date, official, details, recorded_at)
select a.id, 'SCREENING', c.application_number, a.act_type, a.act_date, a.official, a.details, a.recorded_at
from legal_act a join screening_case c on c.id = a.case_id;
insert into case_act (id, procedure, case_number, act_type, act_date, official, details, recorded_at)
select a.id, 'SECTOR_ADDITION', r.review_number, a.act_type, a.act_date, a.official, a.details, a.recorded_at
from sector_review_act a join sector_review r on r.id = a.review_id;
drop table legal_act;
drop table sector_review_act;

-- Every evaluation of a decision table (risk factors, plan change classes, designation criteria, SME test,
-- exclusion criteria): inputs, table version, outputs and outcome, tied to the case.
create table decision_evaluation (
    id               uuid          primary key,
    procedure        varchar(20)   not null,
    case_number      varchar(80)   not null,
    decision_key     varchar(100)  not null,
    decision_version int           not null,
    version_tag      varchar(40),
    inputs           varchar(8000) not null,
    outputs          varchar(8000) not null,
    outcome          varchar(40)   not null,
    evaluated_at     timestamp with time zone not null
);
create index decision_evaluation_case on decision_evaluation (procedure, case_number);

insert into decision_evaluation (id, procedure, case_number, decision_key, decision_version, version_tag, inputs, outputs,
    outcome, evaluated_at)
select r.id, 'SCREENING', c.application_number, r.decision_key, r.decision_version, r.version_tag, r.inputs, r.factors,
    r.risk_level, r.assessed_at
from risk_assessment r join screening_case c on c.id = r.case_id;
insert into decision_evaluation (id, procedure, case_number, decision_key, decision_version, version_tag, inputs, outputs,
    outcome, evaluated_at)
select e.id, 'DESIGNATION', coalesce(dc.proposal_number, 'DESIGNATION-' || cast(d.id as varchar(36)),
        'OPERATOR-' || cast(e.operator_id as varchar(36))),
    e.decision_key, e.decision_version, e.version_tag, e.inputs, e.matched_rules,
    case when e.meets then 'MEETS' else 'DOES_NOT_MEET' end, e.evaluated_at
from criteria_evaluation e
left join designation_case dc on dc.id = e.designation_case_id
left join designation d on d.operator_id = e.operator_id and d.sector_code = e.sector_code and e.designation_case_id is null;
drop table risk_assessment;
drop table criteria_evaluation;

-- What the review of a candidate reads: the criteria and SME findings of its own evaluation, and the size the
-- proposing ministry stated (kept with the proposal: one ministry's proposal never rewrites an operator's size).
alter table designation_case add column criteria_met boolean;
alter table designation_case add column sme_basis varchar(200);
alter table designation_case add column industry varchar(30);
alter table designation_case add column capital_yen numeric(20, 0);
alter table designation_case add column employees int;
update designation_case set industry = (select o.industry from operator o where o.id = designation_case.operator_id),
    capital_yen = (select o.capital_yen from operator o where o.id = designation_case.operator_id),
    employees = (select o.employees from operator o where o.id = designation_case.operator_id);

-- A change notice concerns every current designation of the operator; each competent ministry acknowledges its own.
alter table operator_change_notice add column designation_id uuid references designation (id);
alter table operator_change_notice add column acknowledged_on date;

-- The operators a portal account files for (operator_id null: every operator, as the national application portal).
create table portal_account (
    account_id  varchar(100) not null,
    operator_id uuid         references operator (id),
    unique (account_id, operator_id)
);

-- Decisions recorded under act types of their own before carry their decision in its column now.
update case_act set decision = 'COMPLETE', act_type = 'COMPLETENESS_CHECKED' where act_type = 'COMPLETENESS_CONFIRMED';
update case_act set decision = substring(act_type, 10), act_type = 'SECTOR_ADDITION_DECIDED' where act_type like 'DECISION\_%' escape '\';

-- What a sector review's later steps carry out, on record with the review (not in process variables): the drafted
-- orders (sector code, name, equipment, criteria table), the end of the public comment and the enforcement day.
alter table sector_review add column sector_name_ja varchar(100);
alter table sector_review add column criteria_decision_key varchar(100);
alter table sector_review add column equipment_categories varchar(4000);
alter table sector_review add column public_comment_last_day date;
alter table sector_review add column enforcement_on date;
