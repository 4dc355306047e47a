-- Rulebooks as data: each row is one version of a ministry's scoring rules, in force from a
-- quarter onwards. A change is a new version from a chosen quarter, so quarters already scored
-- keep the rules they were scored with. definisi is the scoring engine's Rulebook as JSON.

create table rulebook_versi (
    id                bigserial primary key,
    kode              varchar(40)  not null,
    nama              varchar(200) not null,
    berlaku_tahun     int          not null check (berlaku_tahun between 2000 and 2100),
    berlaku_triwulan  int          not null check (berlaku_triwulan between 1 and 4),
    definisi          jsonb        not null,
    keterangan        varchar(500),
    version           bigint       not null default 0,
    dibuat_oleh       varchar(60)  not null default 'sistem',
    dibuat_pada       timestamptz  not null default now(),
    unique (kode, berlaku_tahun, berlaku_triwulan)
);

insert into rulebook_versi (kode, nama, berlaku_tahun, berlaku_triwulan, definisi, keterangan) values
    ('KEMENLU_BSC', 'Kemenlu — Balanced Scorecard (Permenlu 4/2018)', 2000, 1,
     '{"key":"KEMENLU_BSC","weightingScheme":"VALIDITY_CONTROL","rollUp":"NCKO","perspectiveWeightSets":[{"code":"FOUR","weights":{"STAKEHOLDER":25,"CUSTOMER":15,"INTERNAL_PROCESS":30,"LEARNING_GROWTH":30}},{"code":"THREE","weights":{"STAKEHOLDER_CUSTOMER":40,"INTERNAL_PROCESS":30,"LEARNING_GROWTH":30}}],"predikatBands":[],"statusBands":[{"band":"HIJAU","label":"Memenuhi Ekspektasi","lower":100,"lowerInclusive":true,"upper":120,"upperInclusive":true},{"band":"KUNING","label":"Belum Memenuhi Ekspektasi","lower":80,"lowerInclusive":true,"upper":100,"upperInclusive":false},{"band":"MERAH","label":"Tidak Memenuhi Ekspektasi","lower":null,"lowerInclusive":false,"upper":80,"upperInclusive":false}],"cap":120,"floor":0,"konversi120QuotaPercent":null,"ikuCountLimits":{"WIDE":{"min":null,"max":25},"ONE":{"min":null,"max":25},"TWO":{"min":null,"max":20},"THREE":{"min":null,"max":10},"FOUR":{"min":null,"max":10},"FIVE":{"min":null,"max":10}},"predikatFromStatusBand":true}',
     'Rulebook bawaan');

insert into rulebook_versi (kode, nama, berlaku_tahun, berlaku_triwulan, definisi, keterangan) values
    ('MARVES', 'Kemenko Marves (Kepmenko 178/S/2023)', 2000, 1,
     '{"key":"MARVES","weightingScheme":"QUALITY_TIER","rollUp":"NKO","perspectiveWeightSets":[],"predikatBands":[{"code":"ISTIMEWA","label":"Istimewa","lower":100,"lowerInclusive":false,"upper":120,"upperInclusive":true},{"code":"BAIK","label":"Baik","lower":90,"lowerInclusive":true,"upper":100,"upperInclusive":true},{"code":"BUTUH_PERBAIKAN","label":"Butuh Perbaikan","lower":70,"lowerInclusive":true,"upper":90,"upperInclusive":false},{"code":"KURANG","label":"Kurang","lower":50,"lowerInclusive":true,"upper":70,"upperInclusive":false},{"code":"SANGAT_KURANG","label":"Sangat Kurang","lower":null,"lowerInclusive":false,"upper":50,"upperInclusive":false}],"statusBands":[{"band":"HIJAU","label":"Memenuhi Ekspektasi","lower":100,"lowerInclusive":true,"upper":120,"upperInclusive":true},{"band":"KUNING","label":"Belum Memenuhi Ekspektasi","lower":80,"lowerInclusive":true,"upper":100,"upperInclusive":false},{"band":"MERAH","label":"Tidak Memenuhi Ekspektasi","lower":null,"lowerInclusive":false,"upper":80,"upperInclusive":false}],"cap":120,"floor":0,"konversi120QuotaPercent":20,"ikuCountLimits":{},"predikatFromStatusBand":false}',
     'Rulebook bawaan');

insert into rulebook_versi (kode, nama, berlaku_tahun, berlaku_triwulan, definisi, keterangan) values
    ('KEMENKEU', 'Kemenkeu (KMK 300/2022)', 2000, 1,
     '{"key":"KEMENKEU","weightingScheme":"QUALITY_TIER","rollUp":"NKO","perspectiveWeightSets":[],"predikatBands":[{"code":"SANGAT_BAIK","label":"Sangat Baik","lower":100,"lowerInclusive":false,"upper":120,"upperInclusive":true},{"code":"BAIK","label":"Baik","lower":90,"lowerInclusive":true,"upper":100,"upperInclusive":true},{"code":"CUKUP","label":"Cukup","lower":70,"lowerInclusive":true,"upper":90,"upperInclusive":false},{"code":"KURANG","label":"Kurang","lower":50,"lowerInclusive":true,"upper":70,"upperInclusive":false},{"code":"SANGAT_KURANG","label":"Sangat Kurang","lower":null,"lowerInclusive":false,"upper":50,"upperInclusive":false}],"statusBands":[{"band":"HIJAU","label":"Memenuhi Ekspektasi","lower":100,"lowerInclusive":true,"upper":120,"upperInclusive":true},{"band":"KUNING","label":"Belum Memenuhi Ekspektasi","lower":80,"lowerInclusive":true,"upper":100,"upperInclusive":false},{"band":"MERAH","label":"Tidak Memenuhi Ekspektasi","lower":null,"lowerInclusive":false,"upper":80,"upperInclusive":false}],"cap":120,"floor":0,"konversi120QuotaPercent":null,"ikuCountLimits":{"ONE":{"min":15,"max":20},"TWO":{"min":10,"max":20},"THREE":{"min":10,"max":20}},"predikatFromStatusBand":false}',
     'Rulebook bawaan');

