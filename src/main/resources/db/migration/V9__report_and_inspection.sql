-- Reports and on-site inspections (経済安全保障推進法 Art 58): the competent ministry asks a designated operator for a
-- report or materials by a due date, or has its officials inspect on a planned day. One request per case, named
-- INSPECTION-<serial> (the business key of its ReportAndInspectionProcess); what happens to it (the request, the
-- report, its review, the inspection, non-compliance, the result) is in the case file (case_act, procedure INSPECTION).
create table inspection_request (
    id                 uuid          primary key,
    serial             bigint        generated always as identity unique,
    kind               varchar(20)   not null,
    operator_id        uuid          not null references operator (id),
    sector_code        varchar(40)   not null references sector (code),
    application_number varchar(80),
    purpose            varchar(40)   not null,
    matters            varchar(4000) not null,
    requested_on       date          not null,
    due_on             date          not null,
    status             varchar(30)   not null,
    result             varchar(40),
    requested_by       varchar(100)  not null,
    created_at         timestamp with time zone not null
);
create index inspection_request_operator on inspection_request (operator_id, sector_code);
