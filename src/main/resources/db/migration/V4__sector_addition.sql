-- Sector addition (Art 50(1) and its cabinet order): reviews from trigger to an active sector.

-- When a sector's cabinet order took effect, and the 6 months' grace before its screening duty applies (Art 53).
alter table sector add column enforced_on date;
alter table sector add column grace_ends_on date;

create table sector_review (
    id                         uuid          primary key,
    review_number              varchar(60)   not null unique,
    business_name              varchar(200)  not null,
    business_description       varchar(4000) not null,
    competent_ministry         varchar(10)   not null,
    trigger_kind               varchar(20)   not null,
    incident_date              date,
    incident_summary           varchar(4000),
    candidate_equipment        varchar(4000),
    candidate_operators        varchar(4000),
    inside_statutory_items     boolean       not null,
    facts                      varchar(2000) not null,
    preliminary_recommendation varchar(20),
    status                     varchar(30)   not null,
    outcome                    varchar(20),
    re_review_on               date,
    sector_code                varchar(40),
    created_by                 varchar(100)  not null,
    created_at                 timestamp with time zone not null
);

-- Each step on record: criteria findings, hearings, the decision, the law or cabinet order, public comment, enforcement.
create table sector_review_act (
    id          uuid          primary key,
    review_id   uuid          not null references sector_review (id),
    act_type    varchar(40)   not null,
    act_date    date          not null,
    official    varchar(100)  not null,
    details     varchar(8000),
    recorded_at timestamp with time zone not null
);
create index sector_review_act_review on sector_review_act (review_id);

create table committee_meeting (
    id              uuid          primary key,
    review_id       uuid          not null references sector_review (id),
    meeting_no      int           not null,
    held_on         date          not null,
    agenda          varchar(4000) not null,
    minutes_summary varchar(8000) not null,
    interim_report  varchar(8000),
    concluded       boolean       not null,
    recorded_by     varchar(100)  not null,
    unique (review_id, meeting_no)
);
