-- Dialog Kinerja (SE Kemenko Perekonomian 2023, SE Kemenkes 2024, Marves DKO §2.3.2, Kemenlu
-- Dialog Kinerja Organisasi/Individu): meetings with a risalah, their follow-ups, requests that
-- change the plan, and the Kemenkes daily logbook.

-- How often a unit of a level must hold a dialog, per rulebook (data, editable by SQL like other
-- rulebook settings). level_kode '*' = every level not listed. interval_bulan: 1 monthly, 3
-- quarterly, 6 semesterly. forum: the name the seed gives the meeting (LOM/Rapimja, DKO...).
create table jadwal_dialog (
    rulebook_kode   varchar(40)  not null,
    level_kode      varchar(20)  not null,
    interval_bulan  int          not null check (interval_bulan in (1, 3, 6, 12)),
    forum           varchar(100) not null,
    primary key (rulebook_kode, level_kode)
);
-- Who decides a plan-change request: the central PKO (PKO_PUSAT) or the head/manager of the
-- unit above (ATASAN).
create table penerima_permintaan_perubahan (
    rulebook_kode   varchar(40)  primary key,
    penerima        varchar(20)  not null check (penerima in ('PKO_PUSAT', 'ATASAN'))
);
-- Ekon (SE Kemenko Perekonomian 2023): ministry at least every semester (LOM/Rapimja), Eselon I
-- every quarter, Eselon II every month; Kemenkes (SE 2024): at least monthly. Marves: the
-- quarterly DKO of every UPK; Kemenlu: quarterly Dialog Kinerja Organisasi.
insert into jadwal_dialog values
    ('EKON', 'WIDE', 6, 'LOM / Rapimja'), ('EKON', 'ONE', 3, 'Dialog Kinerja Eselon I'),
    ('EKON', '*', 1, 'Dialog Kinerja Eselon II'),
    ('KEMENKES', '*', 1, 'Dialog Kinerja'),
    ('MARVES', '*', 3, 'Dialog Kinerja Organisasi (DKO)'),
    ('KEMENLU_BSC', '*', 3, 'Dialog Kinerja Organisasi'),
    ('KEMENKEU', '*', 3, 'Dialog Kinerja Organisasi');
insert into penerima_permintaan_perubahan values
    ('EKON', 'PKO_PUSAT'), ('KEMENKES', 'ATASAN'), ('MARVES', 'PKO_PUSAT'), ('KEMENLU_BSC', 'PKO_PUSAT'),
    ('KEMENKEU', 'PKO_PUSAT');

create table dialog_kinerja (
    id                  bigserial primary key,
    unit_id             bigint         not null references unit (id),
    tahun               int            not null check (tahun between 2000 and 2100),
    tanggal             date           not null,
    tingkat             varchar(12)    not null check (tingkat in ('ORGANISASI', 'INDIVIDU')),
    bentuk              varchar(12)    not null check (bentuk in ('KELOMPOK', 'PERORANGAN')),
    sifat               varchar(12)    not null check (sifat in ('BERKALA', 'INSIDENTAL')),
    tempat              varchar(200),
    pemimpin_nama       varchar(200)   not null,
    pemimpin_jabatan    varchar(200),
    pemimpin_nip        varchar(18),
    peserta             varchar(2000)  not null,
    agenda              varchar(2000)  not null,
    progres             varchar(4000),
    masalah             varchar(4000),
    penyebab            varchar(4000),
    strategi            varchar(4000),
    penyesuaian_target  boolean        not null default false,
    status_selesai      varchar(14)    not null default 'BELUM_SELESAI'
                                       check (status_selesai in ('SELESAI', 'BELUM_SELESAI')),
    keterangan          varchar(2000),
    dicatat_oleh        varchar(60)    not null,
    version             bigint         not null default 0,
    dibuat_pada         timestamptz    not null default now(),
    diubah_pada         timestamptz    not null default now(),
    check (extract(year from tanggal) = tahun)
);
create index dialog_kinerja_unit_idx on dialog_kinerja (unit_id, tahun, tanggal);

-- The PK's IKU (lineage roots) a dialog discussed.
create table dialog_iku (
    dialog_id   bigint not null references dialog_kinerja (id) on delete cascade,
    iku_akar_id bigint not null references iku (id),
    primary key (dialog_id, iku_akar_id)
);

create table tindak_lanjut_dialog (
    id                  bigserial primary key,
    dialog_id           bigint         not null references dialog_kinerja (id),
    unit_id             bigint         not null references unit (id),
    uraian              varchar(2000)  not null,
    penanggung_jawab    varchar(200)   not null,
    batas_tahun         int            not null,
    batas_bulan         int            not null check (batas_bulan between 1 and 12),
    status              varchar(10)    not null default 'TERBUKA' check (status in ('TERBUKA', 'SELESAI')),
    catatan_penutupan   varchar(2000),
    ditutup_oleh        varchar(60),
    ditutup_pada        timestamptz,
    version             bigint         not null default 0,
    dibuat_pada         timestamptz    not null default now(),
    diubah_pada         timestamptz    not null default now(),
    check (status <> 'SELESAI' or catatan_penutupan is not null)
);
create index tindak_lanjut_dialog_unit_idx on tindak_lanjut_dialog (unit_id, status);
create index tindak_lanjut_dialog_dialog_idx on tindak_lanjut_dialog (dialog_id);

create table permintaan_perubahan (
    id                  bigserial primary key,
    dialog_id           bigint         not null references dialog_kinerja (id),
    unit_id             bigint         not null references unit (id),
    jenis               varchar(20)    not null
                                       check (jenis in ('TARGET', 'INISIATIF_STRATEGIS', 'RENCANA_AKSI', 'ANGGARAN')),
    pk_id               bigint         not null references perjanjian_kinerja (id),
    iku_id              bigint         references iku (id),
    target_baru         numeric(20, 4),
    uraian              varchar(2000)  not null,
    alasan              varchar(2000)  not null,
    penerima            varchar(20)    not null,
    status              varchar(10)    not null default 'DIAJUKAN'
                                       check (status in ('DIAJUKAN', 'DISETUJUI', 'DITOLAK')),
    diajukan_oleh       varchar(60)    not null,
    diajukan_pada       timestamptz    not null,
    diputus_oleh        varchar(60),
    diputus_pada        timestamptz,
    jawaban             varchar(2000),
    pk_revisi_id        bigint         references perjanjian_kinerja (id),
    mulai_triwulan      int            check (mulai_triwulan between 1 and 4),
    version             bigint         not null default 0,
    dibuat_pada         timestamptz    not null default now(),
    diubah_pada         timestamptz    not null default now(),
    check (jenis <> 'TARGET' or (iku_id is not null and target_baru is not null)),
    check (status = 'DIAJUKAN' or jawaban is not null)
);
create index permintaan_perubahan_unit_idx on permintaan_perubahan (unit_id, status);

-- Kemenkes catatan harian: one employee's (an individual position's) daily entry per Rencana Aksi.
create table logbook_harian (
    id                  bigserial primary key,
    unit_id             bigint         not null references unit (id),
    penulis             varchar(60)    not null,
    tanggal             date           not null,
    kegiatan_id         bigint         references kegiatan_renaksi (id),
    rincian             varchar(2000)  not null,
    tautan              varchar(500),
    kategori            varchar(14)    not null check (kategori in ('BIASA', 'PERLU_DISKUSI')),
    jawaban             varchar(2000),
    dijawab_oleh        varchar(60),
    dijawab_pada        timestamptz,
    version             bigint         not null default 0,
    dibuat_pada         timestamptz    not null default now(),
    diubah_pada         timestamptz    not null default now()
);
create index logbook_harian_unit_idx on logbook_harian (unit_id, tanggal);
