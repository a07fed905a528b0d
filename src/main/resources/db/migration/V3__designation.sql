-- Operator designation (Art 50-51): measures, criteria evaluations, designation cases, notices and change notices.

-- The decision table holding each sector's designation criteria (an ordinance amendment is a new table version).
alter table sector add column criteria_decision_key varchar(100);
update sector set criteria_decision_key = 'Decision_DesignationCriteria' || case code
    when 'ELECTRICITY' then 'Electricity' when 'GAS' then 'Gas' when 'OIL' then 'Oil' when 'WATER' then 'Water'
    when 'RAILWAY' then 'Railway' when 'TRUCKING' then 'Trucking' when 'INTERNATIONAL_SHIPPING' then 'InternationalShipping'
    when 'PORT' then 'Port' when 'AIRLINE' then 'Airline' when 'AIRPORT' then 'Airport' when 'TELECOM' then 'Telecom'
    when 'BROADCASTING' then 'Broadcasting' when 'POSTAL' then 'Postal' when 'FINANCE' then 'Finance'
    when 'CREDIT_CARD' then 'CreditCard' end;

-- Size of the operator, for the SME Basic Act test (basic guideline: more care with SMEs).
alter table operator add column industry varchar(30);
alter table operator add column capital_yen numeric(20, 0);
alter table operator add column employees int;

-- What an operator reports of its business: yearly figures (fiscal_year set) or standing facts (fiscal_year null).
create table operator_measure (
    id           uuid          primary key,
    operator_id  uuid          not null references operator (id),
    sector_code  varchar(40)   not null references sector (code),
    measure_code varchar(60)   not null,
    fiscal_year  int,
    number_value numeric(24, 4),
    text_value   varchar(200),
    boolean_value boolean,
    source       varchar(500)  not null,
    filed_by     varchar(100)  not null,
    filed_at     timestamp with time zone not null
);
create index operator_measure_operator on operator_measure (operator_id, sector_code);

-- One proposal to designate an operator in a sector, and where it stands.
create table designation_case (
    id                  uuid          primary key,
    proposal_number     varchar(60)   not null unique,
    operator_id         uuid          not null references operator (id),
    sector_code         varchar(40)   not null references sector (code),
    proposal_reason     varchar(4000) not null,
    status              varchar(30)   not null,
    sme                 boolean,
    competition_concern boolean,
    decision            varchar(30),
    decision_reason     varchar(4000),
    decided_on          date,
    proposed_by         varchar(100)  not null,
    created_at          timestamp with time zone not null
);

-- Every application of a sector's criteria: inputs, table version, matched rules, outcome.
create table criteria_evaluation (
    id                  uuid          primary key,
    operator_id         uuid          not null references operator (id),
    sector_code         varchar(40)   not null references sector (code),
    designation_case_id uuid          references designation_case (id),
    trigger_kind        varchar(30)   not null,
    decision_key        varchar(100)  not null,
    decision_version    int           not null,
    version_tag         varchar(40),
    inputs              varchar(8000) not null,
    matched_rules       varchar(8000) not null,
    meets               boolean       not null,
    evaluated_at        timestamp with time zone not null
);
create index criteria_evaluation_operator on criteria_evaluation (operator_id, sector_code);

alter table designation add column designation_case_id uuid references designation_case (id);
alter table designation add column revocation_reason varchar(4000);

-- Notices and their publication: 様式第一 (designation), 様式第二 (change), 様式第三 (revocation).
create table designation_notice (
    id                    uuid          primary key,
    designation_id        uuid          not null references designation (id),
    form                  varchar(10)   not null,
    issued_on             date          not null,
    contents              varchar(4000) not null,
    gazette_published_on  date,
    internet_published_on date,
    issued_by             varchar(100)  not null
);
create index designation_notice_designation on designation_notice (designation_id);

-- The operator's notice of a change of name or address (due at least 2 weeks before the change; Art 50(3), 96).
create table operator_change_notice (
    id           uuid          primary key,
    operator_id  uuid          not null references operator (id),
    change_kind  varchar(10)   not null,
    old_value    varchar(500)  not null,
    new_value    varchar(500)  not null,
    effective_on date          not null,
    received_on  date          not null,
    late         boolean       not null,
    filed_by     varchar(100)  not null,
    recorded_at  timestamp with time zone not null
);
