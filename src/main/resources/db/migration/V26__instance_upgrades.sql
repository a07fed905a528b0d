-- Each model version the running cases were moved to, once (platform/RunningInstanceUpgrade): a node that starts on a
-- release already done skips it, and the primary key makes a second node starting beside the first wait for it.
create table instance_upgrade (
    process_definition_id varchar(64)  not null primary key,
    process_key           varchar(255) not null,
    version               int          not null,
    instances             int          not null,
    upgraded_at           timestamp with time zone not null
);
