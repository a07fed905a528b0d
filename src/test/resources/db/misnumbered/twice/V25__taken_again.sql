-- MigrationNumbersTest: a second migration with a version already taken (never applied).
select 1;
