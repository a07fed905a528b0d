-- Demo data (profile "demo" only), 例示: who the demo's written notices name. Every name here is FICTIONAL (the
-- surnames 架空 and 見本 mark them); no real person is meant.

-- The demo operators' representatives (代表者).
update operator set representative_title = '代表取締役社長', representative_name = '架空　一郎' where id = '00000000-0000-4000-8000-000000000001';
update operator set representative_title = '代表取締役社長', representative_name = '架空　二郎' where id = '00000000-0000-4000-8000-000000000002';
update operator set representative_title = '代表取締役社長', representative_name = '架空　三郎' where id = '00000000-0000-4000-8000-000000000003';
update operator set representative_title = '代表取締役社長', representative_name = '架空　花子' where id = '00000000-0000-4000-8000-000000000004';
update operator set representative_title = '代表取締役社長', representative_name = '架空　四郎' where id = '00000000-0000-4000-8000-000000000005';
update operator set representative_title = '代表取締役社長', representative_name = '架空　五郎' where id = '00000000-0000-4000-8000-000000000006';
update operator set representative_title = '代表取締役社長', representative_name = '架空　春子' where id = '00000000-0000-4000-8000-000000000007';
update operator set representative_title = '代表取締役社長', representative_name = '架空　六郎' where id = '00000000-0000-4000-8000-000000000008';

-- The issuing authorities' office holders (例示, fictional), in office from 2020-01-01; MLIT's changes on 2026-11-01
-- to show a handover: a notice dated 2026-10-31 names the first, one dated 2026-11-01 the second.
insert into office_holder (id, authority_code, title_ja, name_ja, term_from, term_until) values
 ('00000000-0000-4000-8002-000000000001', 'METI', '経済産業大臣', '見本　一郎', '2020-01-01', null),
 ('00000000-0000-4000-8002-000000000002', 'MLIT', '国土交通大臣', '見本　二郎', '2020-01-01', '2026-10-31'),
 ('00000000-0000-4000-8002-000000000003', 'MLIT', '国土交通大臣', '見本　三郎', '2026-11-01', null),
 ('00000000-0000-4000-8002-000000000004', 'MIC',  '総務大臣',     '見本　花子', '2020-01-01', null),
 ('00000000-0000-4000-8002-000000000005', 'FSA',  '金融庁長官',   '見本　四郎', '2020-01-01', null),
 ('00000000-0000-4000-8002-000000000006', 'MHLW', '厚生労働大臣', '見本　五郎', '2020-01-01', null),
 ('00000000-0000-4000-8002-000000000007', 'CAO',  '内閣総理大臣', '見本　六郎', '2020-01-01', null);
