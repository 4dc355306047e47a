-- Capaian kegiatan dan anggaran: what each Rencana Aksi activity achieved in a quarter (done, or a
-- % of progress) and the budget realised against the planned one. Keyed by the activity's lineage
-- root (kegiatan_akar_id: the first version, following asal_id) so a PK revision keeps the history.

create table capaian_kegiatan (
    id                  bigserial primary key,
    unit_id             bigint         not null references unit (id),
    tahun_anggaran_id   bigint         not null references tahun_anggaran (id),
    kegiatan_id         bigint         not null references kegiatan_renaksi (id),
    kegiatan_akar_id    bigint         not null references kegiatan_renaksi (id),
    triwulan            int            not null check (triwulan between 1 and 4),
    selesai             boolean        not null default false,
    progres             numeric(5, 2)  not null check (progres between 0 and 100),
    realisasi_anggaran  numeric(18, 2) check (realisasi_anggaran >= 0),
    keluaran            varchar(1000),
    kendala             varchar(2000),
    diisi_oleh          varchar(60)    not null,
    diisi_pada          timestamptz    not null,
    version             bigint         not null default 0,
    dibuat_pada         timestamptz    not null default now(),
    diubah_pada         timestamptz    not null default now(),
    unique (kegiatan_akar_id, triwulan),
    check (not selesai or progres = 100)
);
create index capaian_kegiatan_unit_idx on capaian_kegiatan (unit_id, tahun_anggaran_id);

-- Analysis of one IKU in one quarter (Marves §2.3.1): issues, implication, root cause, obstacles
-- and a narrative. One per IKU lineage and quarter.
create table analisis_iku (
    id                  bigserial primary key,
    unit_id             bigint         not null references unit (id),
    tahun_anggaran_id   bigint         not null references tahun_anggaran (id),
    iku_id              bigint         not null references iku (id),
    iku_akar_id         bigint         not null references iku (id),
    triwulan            int            not null check (triwulan between 1 and 4),
    isu_positif         varchar(2000),
    isu_negatif         varchar(2000),
    implikasi           varchar(2000),
    akar_masalah        varchar(2000),
    kendala             varchar(2000),
    narasi              varchar(4000),
    diisi_oleh          varchar(60)    not null,
    diisi_pada          timestamptz    not null,
    version             bigint         not null default 0,
    dibuat_pada         timestamptz    not null default now(),
    diubah_pada         timestamptz    not null default now(),
    unique (iku_akar_id, triwulan)
);
create index analisis_iku_unit_idx on analisis_iku (unit_id, tahun_anggaran_id);

-- Rekomendasi / tindak lanjut of an analysis, with owner and target quarter. An open follow-up is
-- shown again in every later quarter's analysis of the same IKU until it is closed with a note.
create table tindak_lanjut (
    id                  bigserial primary key,
    analisis_id         bigint         not null references analisis_iku (id),
    unit_id             bigint         not null references unit (id),
    iku_akar_id         bigint         not null references iku (id),
    dibuka_triwulan     int            not null check (dibuka_triwulan between 1 and 4),
    rekomendasi         varchar(2000)  not null,
    penanggung_jawab    varchar(200)   not null,
    target_triwulan     int            not null check (target_triwulan between 1 and 4),
    status              varchar(10)    not null default 'TERBUKA' check (status in ('TERBUKA', 'SELESAI')),
    catatan_penutupan   varchar(2000),
    ditutup_triwulan    int            check (ditutup_triwulan between 1 and 4),
    ditutup_oleh        varchar(60),
    ditutup_pada        timestamptz,
    version             bigint         not null default 0,
    dibuat_pada         timestamptz    not null default now(),
    diubah_pada         timestamptz    not null default now(),
    check (target_triwulan >= dibuka_triwulan),
    check (status <> 'SELESAI' or (catatan_penutupan is not null and ditutup_triwulan is not null))
);
create index tindak_lanjut_iku_idx on tindak_lanjut (iku_akar_id);
