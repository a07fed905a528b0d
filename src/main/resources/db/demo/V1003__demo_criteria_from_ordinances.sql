-- The criteria tables now follow each ordinance's Art 2 (issue 19): the demo port operator meets 第二条第五号 on the
-- ministry's filed finding (the law's text prints no figure there), and the demo airline is a 特定本邦航空運送事業者
-- (令和五年国土交通省令第六十二号第二条第六号). V1000 stays as released.
update operator_measure
   set measure_code = 'ordinanceCriterionConfirmed', number_value = null, boolean_value = true, source = 'デモ用の架空の確認'
 where id = '1138b2a8-9865-4305-86f7-bc0a9455c3af';
insert into operator_measure (id, operator_id, sector_code, measure_code, fiscal_year, number_value, text_value, boolean_value, source, filed_by, filed_at) values
 ('41c63d4b-03a6-40d7-9f09-a20ca76f5cdb', '00000000-0000-4000-8000-000000000007', 'AIRLINE', 'specifiedJapaneseAirCarrier', null, null, null, true, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00');
