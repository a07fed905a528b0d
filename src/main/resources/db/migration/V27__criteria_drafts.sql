-- Drafts of designation criteria (issue 24): a decision table per sector, versioned, kept apart from the live one.
-- A draft is never deployed to the engine and never used for a designation until the amended ordinance is enforced
-- (status ENACTED). A new sector's draft names the sector it proposes, with its competent ministry.
create table criteria_draft (
    id                 uuid          primary key,
    draft_number       varchar(60)   not null unique,
    sector_code        varchar(40)   not null,
    sector_name_ja     varchar(100)  not null,
    competent_ministry varchar(10)   not null references ministry (code),
    version            int           not null,
    decision_key       varchar(100)  not null,
    origin             varchar(20)   not null,
    based_on           varchar(200),
    summary            varchar(4000) not null,
    dmn_xml            text          not null,
    status             varchar(20)   not null,
    enacted_on         date,
    created_by         varchar(100)  not null,
    created_at         timestamp with time zone not null,
    unique (sector_code, version)
);
