-- The registry: the system of record of the procedures (process variables carry only ids and what forms show).
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL.

-- The sectors of ESPA Art 50(1) and the competent ministry whose officials review their cases.
create table sector (
    code               varchar(40)  primary key,
    statute_item       int          not null,
    name_ja            varchar(100) not null,
    name_en            varchar(100) not null,
    competent_ministry varchar(10)  not null,
    reviewer_group     varchar(40)  not null,
    active             boolean      not null
);

-- Specified critical equipment (特定重要設備) by sector, as set by each ministry's ordinance.
create table equipment_category (
    code        varchar(60)  primary key,
    sector_code varchar(40)  not null references sector (code),
    name_ja     varchar(200) not null
);

create table operator (
    id               uuid         primary key,
    corporate_number char(13)     not null unique,
    name             varchar(300) not null,
    address          varchar(500)
);

-- Designations (Art 50); until the designation procedure exists they are seeded by the demo profile.
create table designation (
    id            uuid        primary key,
    operator_id   uuid        not null references operator (id),
    sector_code   varchar(40) not null references sector (code),
    designated_on date        not null,
    grace_ends_on date        not null,
    revoked_on    date,
    unique (operator_id, sector_code)
);

-- One case per introduction plan (導入等計画書) or emergency notification.
create table screening_case (
    id                      uuid          primary key,
    application_number      varchar(60)   not null unique,
    kind                    varchar(30)   not null,
    operator_id             uuid          not null references operator (id),
    sector_code             varchar(40)   not null references sector (code),
    equipment_category_code varchar(60)   not null references equipment_category (code),
    outline                 varchar(4000) not null,
    content                 varchar(4000),
    planned_from            date,
    planned_until           date,
    preventive_measures     varchar(4000),
    exemption               varchar(30),
    received_on             date          not null,
    period_last_day         date,
    extension_cap           date,
    status                  varchar(40)   not null,
    outcome                 varchar(60),
    submitted_by            varchar(100)  not null,
    created_at              timestamp with time zone not null
);
create index screening_case_operator on screening_case (operator_id);

-- Suppliers, component suppliers, contractors and re-contractors of a plan (Art 52(2)).
create table plan_party (
    id                             uuid         primary key,
    case_id                        uuid         not null references screening_case (id),
    position                       int          not null,
    role                           varchar(30)  not null,
    name                           varchar(300) not null,
    representative                 varchar(200),
    address                        varchar(500),
    country_of_incorporation       char(2)      not null,
    corporate_number               char(13),
    component_item                 varchar(300),
    foreign_government_sales_share numeric(5, 2),
    plant_country                  char(2)
);
create index plan_party_case on plan_party (case_id);

create table party_voting_holder (
    id       uuid         primary key,
    party_id uuid         not null references plan_party (id),
    name     varchar(300) not null,
    country  char(2)      not null,
    share    numeric(5, 2) not null
);
create index party_voting_holder_party on party_voting_holder (party_id);

-- Officers' personal data: confidential. Never copied into process variables or API responses.
create table party_officer (
    id          uuid         primary key,
    party_id    uuid         not null references plan_party (id),
    name        varchar(200) not null,
    birth_date  date         not null,
    nationality char(2)      not null
);
create index party_officer_party on party_officer (party_id);

-- Every legal act of a case: receipt, correction, shortening, extension, consultation, recommendation, reply, order, outcome.
create table legal_act (
    id          uuid          primary key,
    case_id     uuid          not null references screening_case (id),
    act_type    varchar(40)   not null,
    act_date    date          not null,
    official    varchar(100)  not null,
    details     varchar(4000),
    recorded_at timestamp with time zone not null
);
create index legal_act_case on legal_act (case_id);

-- Each application of the risk criteria: inputs, rule version and outcome, so an official can see why.
create table risk_assessment (
    id               uuid          primary key,
    case_id          uuid          not null references screening_case (id),
    decision_key     varchar(100)  not null,
    decision_version int           not null,
    version_tag      varchar(40),
    inputs           varchar(8000) not null,
    factors          varchar(8000) not null,
    risk_level       varchar(10)   not null,
    assessed_at      timestamp with time zone not null
);
create index risk_assessment_case on risk_assessment (case_id);
