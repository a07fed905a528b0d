-- Every number a client chose for a filing (application, proposal, review number), with the request that filed it:
-- the same request again answers with the record filed, another request under that number is refused (FilingOnce),
-- so that no filing is answered with, or lands in, someone else's case. The primary key also makes racing copies
-- of one filing wait for the first and then find it.
create table numbered_filing (
    series         varchar(30)   not null,
    filing_number  varchar(200)  not null,
    request_sha256 varchar(64)   not null,
    filed_by       varchar(100)  not null,
    filed_at       timestamp with time zone not null,
    primary key (series, filing_number)
);
