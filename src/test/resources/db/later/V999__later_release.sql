-- MigrationsTest: a schema migration of a later release, applied after an earlier release's demo data rows moved.
create table later_release_probe (id int primary key);
