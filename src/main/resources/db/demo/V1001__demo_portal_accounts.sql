-- The demo portal accounts: "portal" files for every operator; "portal-railway" only for the fictional railway.
insert into portal_account (account_id, operator_id) values
 ('portal', null),
 ('portal-railway', '00000000-0000-4000-8000-000000000002');
