-- Who a written notice names: the addressee's representative (代表者) by title and name, and the issuing authority's
-- holder by title and name, the one in office on the document's day. Portable SQL: runs on H2 and PostgreSQL.

-- The operator's representative as the registry knows it: both or neither (operators of earlier releases have none,
-- and their notices are addressed to 「○○株式会社　代表者」).
alter table operator add column representative_title varchar(100);
alter table operator add column representative_name varchar(200);
alter table operator add constraint operator_representative_both check (
    (representative_title is null and representative_name is null)
    or (representative_title is not null and representative_name is not null));

-- The holders of each issuing authority's office (e.g. 国土交通大臣) with their terms; term_until null = in office.
-- authority_code is the issuer code of the documents (document_series: METI, MLIT, MIC, FSA, MHLW, CAO). On a handover
-- day two terms may both contain the day: the one that started last is in office.
create table office_holder (
    id             uuid         primary key,
    authority_code varchar(10)  not null references document_series (issuer_code),
    title_ja       varchar(100) not null,
    name_ja        varchar(100) not null,
    term_from      date         not null,
    term_until     date,
    check (term_until is null or term_until >= term_from)
);
create index office_holder_term on office_holder (authority_code, term_from);
