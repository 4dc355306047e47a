-- Realisasi: what each unit achieved per IKU and reporting period, and the quarterly report
-- (laporan) that carries those values through submission and approval. A value belongs to the
-- IKU of the PK version in force for its period; iku_akar_id (the first version of that IKU,
-- following asal_id) keeps one value per period across revisions.

create table laporan_realisasi (
    id                 bigserial primary key,
    unit_id            bigint       not null references unit (id),
    tahun_anggaran_id  bigint       not null references tahun_anggaran (id),
    triwulan           int          not null check (triwulan between 1 and 4),
    status             varchar(20)  not null default 'DRAFT'
        check (status in ('DRAFT', 'DIAJUKAN', 'DISETUJUI', 'DIKEMBALIKAN')),
    diajukan_oleh      varchar(60),
    diajukan_pada      timestamptz,
    diputuskan_oleh    varchar(60),
    diputuskan_pada    timestamptz,
    catatan            varchar(1000),
    -- set by the validation forum (next issue): a locked quarter is read-only and scored FINAL
    terkunci           boolean      not null default false,
    dikunci_oleh       varchar(60),
    dikunci_pada       timestamptz,
    version            bigint       not null default 0,
    dibuat_pada        timestamptz  not null default now(),
    diubah_pada        timestamptz  not null default now(),
    unique (unit_id, tahun_anggaran_id, triwulan),
    check (diajukan_oleh is null or diputuskan_oleh is null or diajukan_oleh <> diputuskan_oleh)
);
create index laporan_realisasi_status_idx on laporan_realisasi (status);

create table realisasi (
    id                 bigserial primary key,
    unit_id            bigint         not null references unit (id),
    tahun_anggaran_id  bigint         not null references tahun_anggaran (id),
    iku_id             bigint         not null references iku (id),
    iku_akar_id        bigint         not null references iku (id),
    jenis_periode      varchar(10)    not null check (jenis_periode in ('BULAN', 'TRIWULAN', 'SEMESTER', 'TAHUN')),
    nomor              int            not null check (nomor between 1 and 12),
    jenis_nilai        varchar(10)    not null check (jenis_nilai in ('ANGKA', 'RASIO', 'LABEL', 'NA')),
    -- the number scored: typed, the ratio of a raw pair (null when the denominator is 0), or the
    -- scale value of a label; null for an explicit n/a
    nilai              numeric(24, 6),
    pembilang          numeric(24, 6),
    penyebut           numeric(24, 6),
    label              varchar(40),
    alasan             varchar(1000),
    -- the validator's verdict (next issue): null = not yet validated
    status_validasi    varchar(20)    check (status_validasi in ('VALID', 'TIDAK_VALID')),
    diisi_oleh         varchar(60)    not null,
    diisi_pada         timestamptz    not null,
    version            bigint         not null default 0,
    dibuat_pada        timestamptz    not null default now(),
    diubah_pada        timestamptz    not null default now(),
    unique (iku_akar_id, jenis_periode, nomor),
    check (jenis_nilai <> 'NA' or (nilai is null and alasan is not null)),
    check (jenis_nilai <> 'RASIO' or (pembilang is not null and penyebut is not null)),
    check (jenis_nilai <> 'LABEL' or label is not null),
    check (jenis_nilai <> 'ANGKA' or nilai is not null)
);
create index realisasi_unit_tahun_idx on realisasi (unit_id, tahun_anggaran_id);
create index realisasi_iku_idx on realisasi (iku_id);

-- Ordinal scales of qualitative IKU (scoring.md §1), reference data editable by an admin. An IKU
-- is qualitative on a scale when its unit of measure (satuan) starts with the scale's kata_kunci.
create table skala_kualitatif (
    id          bigserial primary key,
    kode        varchar(40)  not null unique,
    nama        varchar(200) not null,
    kata_kunci  varchar(60)  not null unique
);

create table skala_kualitatif_level (
    id         bigserial primary key,
    skala_id   bigint         not null references skala_kualitatif (id),
    label      varchar(40)    not null,
    nilai      numeric(24, 6) not null,
    urutan     int            not null,
    unique (skala_id, label)
);

insert into skala_kualitatif (kode, nama, kata_kunci) values ('OPINI_BPK', 'Opini BPK', 'opini');
insert into skala_kualitatif_level (skala_id, label, nilai, urutan)
select s.id, v.label, v.nilai, v.urutan from skala_kualitatif s,
    (values ('WTP', 4, 1), ('WDP', 3, 2), ('TW', 2, 3), ('TMP', 1, 4)) as v (label, nilai, urutan)
where s.kode = 'OPINI_BPK';
