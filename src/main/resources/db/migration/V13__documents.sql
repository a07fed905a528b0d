-- Written notices as documents: each written act of the procedures (受理の通知, 補正の求め, the notices shortening or
-- extending the period, 勧告, 弁明の機会の付与, 命令, 様式第一・第二・第三, 意見公募の結果) is issued once as a PDF,
-- kept here with the legal act it belongs to: the bytes as issued, never re-rendered, and their SHA-256. A reissue of
-- the same kind in the same case is a new version; earlier versions stay.
create table document (
    id                   uuid          primary key,
    case_act_id          uuid          not null unique references case_act (id),
    procedure            varchar(20)   not null,
    case_number          varchar(80)   not null,
    kind                 varchar(40)   not null,
    version              int           not null,
    title                varchar(200)  not null,
    document_number      varchar(40)   not null,
    issuer_code          varchar(10)   not null,
    fiscal_year          int           not null,
    issued_on            date          not null,
    addressee_operator_id uuid         references operator (id),
    content              bytea         not null,
    sha256               varchar(64)   not null,
    issued_by            varchar(100)  not null,
    issued_at            timestamp with time zone not null,
    unique (procedure, case_number, kind, version),
    unique (issuer_code, fiscal_year, document_number)
);
create index document_case on document (procedure, case_number);

-- The document numbers (文書番号, e.g. 国経安第12号): one series per issuer, numbered from 1 in each fiscal year
-- (April to March), as ministries keep their files by fiscal year (行政文書の管理に関するガイドライン: 年度ごとの管理).
-- The prefixes are illustrative (each ministry sets its own 文書記号 in its rules).
create table document_series (
    issuer_code varchar(10)  primary key,
    issuer_ja   varchar(100) not null,
    prefix      varchar(20)  not null
);
insert into document_series (issuer_code, issuer_ja, prefix) values
 ('METI', '経済産業省', '経経安'),
 ('MLIT', '国土交通省', '国経安'),
 ('MIC',  '総務省',     '総経安'),
 ('FSA',  '金融庁',     '金経安'),
 ('MHLW', '厚生労働省', '厚経安'),
 ('CAO',  '内閣府',     '府経安');

create table document_number_sequence (
    issuer_code varchar(10) not null references document_series (issuer_code),
    fiscal_year int         not null,
    last_number int         not null,
    primary key (issuer_code, fiscal_year)
);
