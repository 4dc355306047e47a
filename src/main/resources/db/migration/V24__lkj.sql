-- Renstra (five-year strategic plan) per unit: per IKU a target for each year of the period, the
-- end-of-Renstra target and the national (RPJMN) target where one exists; for years before the
-- application was used, the realisation and capaian as recorded in that year's LKj.
create table renstra (
    id            bigserial primary key,
    unit_id       bigint       not null references unit (id),
    tahun_mulai   int          not null check (tahun_mulai between 2000 and 2100),
    tahun_selesai int          not null,
    version       bigint       not null default 0,
    dibuat_pada   timestamptz  not null default now(),
    diubah_pada   timestamptz  not null default now(),
    unique (unit_id, tahun_mulai),
    check (tahun_selesai between tahun_mulai and tahun_mulai + 9)
);

create table renstra_iku (
    id              bigserial primary key,
    renstra_id      bigint         not null references renstra (id) on delete cascade,
    urutan          int            not null,
    ss_kode         varchar(40)    not null,
    ss_nama         varchar(1000)  not null,
    iku_kode        varchar(40)    not null,
    iku_nama        varchar(1000)  not null,
    satuan          varchar(60),
    target_akhir    numeric(24, 6),
    target_nasional numeric(24, 6),
    version         bigint         not null default 0,
    dibuat_pada     timestamptz    not null default now(),
    diubah_pada     timestamptz    not null default now(),
    unique (renstra_id, iku_kode)
);
create index renstra_iku_renstra_idx on renstra_iku (renstra_id);

create table renstra_target (
    renstra_iku_id bigint         not null references renstra_iku (id) on delete cascade,
    tahun          int            not null,
    target         numeric(24, 6),
    realisasi      numeric(24, 6),
    capaian        numeric(12, 6),
    primary key (renstra_iku_id, tahun)
);

-- LKj (laporan kinerja) of a unit for a quarter (TW1..TW3) or the year (TAHUN). Numbers are never
-- stored: they are read from the score service when the report is rendered. Only the narrative
-- sections the planners write are stored, one row per section, each with its own version.
create table lkj (
    id                  bigserial primary key,
    unit_id             bigint       not null references unit (id),
    tahun               int          not null,
    periode             varchar(5)   not null check (periode in ('TW1', 'TW2', 'TW3', 'TAHUN')),
    status              varchar(20)  not null check (status in ('DRAF', 'DIAJUKAN', 'DITANDATANGANI')),
    diajukan_oleh       varchar(60),
    diajukan_pada       timestamptz,
    ditandatangani_oleh varchar(60),
    ditandatangani_pada timestamptz,
    version             bigint       not null default 0,
    dibuat_pada         timestamptz  not null default now(),
    diubah_pada         timestamptz  not null default now(),
    unique (unit_id, tahun, periode)
);

create table lkj_bagian (
    id          bigserial primary key,
    lkj_id      bigint         not null references lkj (id),
    unit_id     bigint         not null references unit (id),
    kunci       varchar(80)    not null,
    teks        varchar(8000)  not null,
    diisi_oleh  varchar(60)    not null,
    version     bigint         not null default 0,
    dibuat_pada timestamptz    not null default now(),
    diubah_pada timestamptz    not null default now(),
    unique (lkj_id, kunci)
);
create index lkj_bagian_unit_idx on lkj_bagian (unit_id);

-- The signed, frozen copy (Kemenlu §I.2: kept at least six years). Never updated or deleted by
-- the application; the hash is of the exact bytes served.
create table lkj_arsip (
    id            bigserial primary key,
    lkj_id        bigint        not null unique references lkj (id),
    unit_id       bigint        not null references unit (id),
    tahun         int           not null,
    periode       varchar(5)    not null,
    pdf           bytea         not null,
    docx          bytea         not null,
    sha256_pdf    varchar(64)   not null,
    sha256_docx   varchar(64)   not null,
    simpan_sampai date          not null,
    version       bigint        not null default 0,
    dibuat_pada   timestamptz   not null default now(),
    diubah_pada   timestamptz   not null default now()
);
create index lkj_arsip_unit_idx on lkj_arsip (unit_id, tahun);
