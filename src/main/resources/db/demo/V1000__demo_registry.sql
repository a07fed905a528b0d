-- Demo data (profile "demo" only). Every operator here is FICTIONAL; the corporate numbers use registry office
-- code 9999, which no real registry office has, and carry valid check digits. Their designations are made at start
-- by running the designation procedure on these measures (DemoDesignations); the last operator stays undesignated.
insert into operator (id, corporate_number, name, address) values
 ('00000000-0000-4000-8000-000000000001', '7999901000001', '架空送配電株式会社（デモ）',   '東京都千代田区霞が関一丁目1番1号（架空）'),
 ('00000000-0000-4000-8000-000000000002', '6999901000002', 'サンプル鉄道株式会社（デモ）', '東京都港区芝公園一丁目1番1号（架空）'),
 ('00000000-0000-4000-8000-000000000003', '5999901000003', 'デモ広域水道株式会社',         '大阪府大阪市中央区大手前一丁目1番1号（架空）'),
 ('00000000-0000-4000-8000-000000000004', '4999901000004', 'デモ通信株式会社',             '東京都新宿区西新宿一丁目1番1号（架空）'),
 ('00000000-0000-4000-8000-000000000005', '3999901000005', '架空銀行株式会社（デモ）',     '東京都中央区日本橋一丁目1番1号（架空）'),
 ('00000000-0000-4000-8000-000000000006', '2999901000006', 'デモ港湾運送株式会社',         '愛知県名古屋市港区港町1番1号（架空）'),
 ('00000000-0000-4000-8000-000000000007', '1999901000007', 'デモ航空株式会社',             '東京都大田区羽田空港一丁目1番1号（架空）'),
 ('00000000-0000-4000-8000-000000000008', '9999901000008', '未指定商事株式会社（デモ）',   '東京都千代田区丸の内一丁目1番1号（架空）');

-- Size for the SME test (SME Basic Act): the port operator is an SME, so its designation needs a senior review.
update operator set industry = 'MANUFACTURING_OTHER', capital_yen = 500000000000, employees = 9000 where id = '00000000-0000-4000-8000-000000000001';
update operator set industry = 'MANUFACTURING_OTHER', capital_yen = 80000000000, employees = 12000 where id = '00000000-0000-4000-8000-000000000002';
update operator set industry = 'MANUFACTURING_OTHER', capital_yen = 30000000000, employees = 1500 where id = '00000000-0000-4000-8000-000000000003';
update operator set industry = 'MANUFACTURING_OTHER', capital_yen = 200000000000, employees = 20000 where id = '00000000-0000-4000-8000-000000000004';
update operator set industry = 'MANUFACTURING_OTHER', capital_yen = 1000000000000, employees = 15000 where id = '00000000-0000-4000-8000-000000000005';
update operator set industry = 'MANUFACTURING_OTHER', capital_yen = 200000000, employees = 250 where id = '00000000-0000-4000-8000-000000000006';
update operator set industry = 'MANUFACTURING_OTHER', capital_yen = 150000000000, employees = 30000 where id = '00000000-0000-4000-8000-000000000007';
update operator set industry = 'WHOLESALE', capital_yen = 50000000, employees = 40 where id = '00000000-0000-4000-8000-000000000008';

-- Measures the criteria tables read (yearly figures for a span of fiscal years so the demo stays valid for years).
insert into operator_measure (id, operator_id, sector_code, measure_code, fiscal_year, number_value, text_value, boolean_value, source, filed_by, filed_at) values
 ('c0afeafa-15b8-4e30-9942-b78b3ce4aa3a', '00000000-0000-4000-8000-000000000001', 'ELECTRICITY', 'businessType', null, null, 'GENERAL_TRANSMISSION_DISTRIBUTION', null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('438bb264-c7d2-46de-8c90-e4ef11539bcd', '00000000-0000-4000-8000-000000000002', 'RAILWAY', 'businessType', null, null, 'TYPE1_RAILWAY', null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('82e946c3-e1a9-49af-99d6-29cf812c97c5', '00000000-0000-4000-8000-000000000002', 'RAILWAY', 'routeKm', null, 1200, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('f046bce3-2236-41ab-a422-0d519163a4f5', '00000000-0000-4000-8000-000000000003', 'WATER', 'businessType', null, null, 'WATER_SUPPLY', null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('28ef5a78-e561-419c-b86d-0b7589ea1056', '00000000-0000-4000-8000-000000000003', 'WATER', 'populationServed', null, 1500000, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('62ebf2c5-8a63-4040-b8d4-60167f00443b', '00000000-0000-4000-8000-000000000004', 'TELECOM', 'businessType', null, null, 'MOBILE_5G', null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('f4b45958-df60-4e94-afe2-7401c88f6322', '00000000-0000-4000-8000-000000000004', 'TELECOM', 'ownBaseStations', null, null, null, true, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('af3ad33e-8cd1-4c6b-afea-36bd65cfbc52', '00000000-0000-4000-8000-000000000005', 'FINANCE', 'businessType', null, null, 'BANK', null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('9c828ccd-6cc2-4e0d-8fac-5e73e34f4a3f', '00000000-0000-4000-8000-000000000006', 'PORT', 'businessType', null, null, 'CONTAINER_TERMINAL_OPERATOR', null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('1138b2a8-9865-4305-86f7-bc0a9455c3af', '00000000-0000-4000-8000-000000000006', 'PORT', 'portTeuPerYear', null, 2700000, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('3114faf3-666d-4dd4-992a-0647cb73e2e5', '00000000-0000-4000-8000-000000000007', 'AIRLINE', 'businessType', null, null, 'SCHEDULED_AIRLINE', null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('d444d852-4db3-4caa-ac37-2f6b0963da51', '00000000-0000-4000-8000-000000000005', 'FINANCE', 'depositsYen', 2021, 12000000000000, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('14d17ff5-1e38-4efa-b0fe-6a2c27c2a6ab', '00000000-0000-4000-8000-000000000007', 'AIRLINE', 'domesticFlightSharePercent', 2021, 30, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('58d3e1c6-862d-4107-9784-83f72d3874bc', '00000000-0000-4000-8000-000000000005', 'FINANCE', 'depositsYen', 2022, 12000000000000, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('73d0fa8c-7ab0-4939-9208-e69845cb36cb', '00000000-0000-4000-8000-000000000007', 'AIRLINE', 'domesticFlightSharePercent', 2022, 30, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('96f637bb-4ae9-41a5-b073-cacb6a6604d5', '00000000-0000-4000-8000-000000000005', 'FINANCE', 'depositsYen', 2023, 12000000000000, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('c30cf9c1-5b23-4ef9-b622-610c33a32578', '00000000-0000-4000-8000-000000000007', 'AIRLINE', 'domesticFlightSharePercent', 2023, 30, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('d174a4f4-11e9-420d-94b3-1aff20317ed8', '00000000-0000-4000-8000-000000000005', 'FINANCE', 'depositsYen', 2024, 12000000000000, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('8903caf0-5863-42bc-99c7-59c96ee6337c', '00000000-0000-4000-8000-000000000007', 'AIRLINE', 'domesticFlightSharePercent', 2024, 30, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('04ebe623-ddfc-4b8c-a819-c6bfb0f18693', '00000000-0000-4000-8000-000000000005', 'FINANCE', 'depositsYen', 2025, 12000000000000, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('5026c3c5-5391-4911-939a-461acb251d9a', '00000000-0000-4000-8000-000000000007', 'AIRLINE', 'domesticFlightSharePercent', 2025, 30, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('d8f20668-8217-4d2d-bde1-1a010f53c5c8', '00000000-0000-4000-8000-000000000005', 'FINANCE', 'depositsYen', 2026, 12000000000000, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('6282207e-c9d7-4201-a2c6-7d0452a6ae6a', '00000000-0000-4000-8000-000000000007', 'AIRLINE', 'domesticFlightSharePercent', 2026, 30, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('5d26ac72-c357-42e5-b27f-362f6a5da2e8', '00000000-0000-4000-8000-000000000005', 'FINANCE', 'depositsYen', 2027, 12000000000000, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('d93f3ac5-4291-4726-97d5-8bbfc818f346', '00000000-0000-4000-8000-000000000007', 'AIRLINE', 'domesticFlightSharePercent', 2027, 30, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('c2011567-7711-4d7a-b24f-a1aa1f8f362b', '00000000-0000-4000-8000-000000000005', 'FINANCE', 'depositsYen', 2028, 12000000000000, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('98850dfb-61a9-43a8-bfc2-8c44c1cd8a6d', '00000000-0000-4000-8000-000000000007', 'AIRLINE', 'domesticFlightSharePercent', 2028, 30, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('cb345510-3176-4832-a065-91ed8623ac84', '00000000-0000-4000-8000-000000000005', 'FINANCE', 'depositsYen', 2029, 12000000000000, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('a56c5b4c-4345-4f9a-ab35-3eaa06476802', '00000000-0000-4000-8000-000000000007', 'AIRLINE', 'domesticFlightSharePercent', 2029, 30, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('337b447e-a702-45e3-8589-29b52f0db5bb', '00000000-0000-4000-8000-000000000005', 'FINANCE', 'depositsYen', 2030, 12000000000000, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00'),
 ('a0b06a5c-d41a-4f39-80ff-711ed90f2ceb', '00000000-0000-4000-8000-000000000007', 'AIRLINE', 'domesticFlightSharePercent', 2030, 30, null, null, 'デモ用の架空の数値', 'demo', timestamp '2024-10-01 00:00:00');
