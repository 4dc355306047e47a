-- Rencana Aksi activities per IKU (kegiatan, quarter, budget, expected evidence; Inisiatif
-- Strategis flagged with start/end dates) and the PK's program/kegiatan/rincian output budget
-- lines printed in Lampiran I.

create table kegiatan_renaksi (
    id                   bigserial primary key,
    iku_id               bigint        not null references iku (id),
    triwulan             int           not null check (triwulan between 1 and 4),
    nama                 varchar(500)  not null,
    anggaran             numeric(18, 2) check (anggaran >= 0),
    bukti_dukung         varchar(500),
    inisiatif_strategis  boolean       not null default false,
    mulai                date,
    selesai              date,
    asal_id              bigint        references kegiatan_renaksi (id),
    version              bigint        not null default 0,
    dibuat_pada          timestamptz   not null default now(),
    diubah_pada          timestamptz   not null default now(),
    check (not inisiatif_strategis or (mulai is not null and selesai is not null and mulai <= selesai))
);
create index kegiatan_renaksi_iku_idx on kegiatan_renaksi (iku_id);

create table pk_anggaran (
    id              bigserial primary key,
    pk_id           bigint         not null references perjanjian_kinerja (id),
    program         varchar(300)   not null,
    kegiatan        varchar(300),
    rincian_output  varchar(300),
    anggaran        numeric(18, 2) not null check (anggaran >= 0),
    version         bigint         not null default 0,
    dibuat_pada     timestamptz    not null default now(),
    diubah_pada     timestamptz    not null default now()
);
create index pk_anggaran_pk_idx on pk_anggaran (pk_id);
