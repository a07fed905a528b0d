-- MigrationNumbersTest: a new migration numbered into a gap below the released ones (never applied).
select 1;
