-- Validation forum (issue 12): every verdict on a realisation value, kept as history (who, when,
-- note, the value judged and the row version it judged: a later change of the value voids it),
-- and every lock of a unit's quarter with its Berita Acara Validasi (a snapshot: a re-opening
-- keeps the old final score; locking again writes a new berita acara with a new number).

create table verdik_validasi (
    id                 bigserial primary key,
    realisasi_id       bigint         not null references realisasi (id) on delete cascade,
    unit_id            bigint         not null references unit (id),
    tahun_anggaran_id  bigint         not null references tahun_anggaran (id),
    triwulan           int            not null check (triwulan between 1 and 4),
    ikukode            varchar(40)    not null,
    periode            varchar(10)    not null,
    status             varchar(20)    not null check (status in ('VALID', 'TIDAK_VALID')),
    catatan            varchar(1000),
    -- the value as judged (display text) and, for a validator's correction, the value it replaced
    nilai_dinilai      varchar(300)   not null,
    nilai_semula       varchar(300),
    koreksi            boolean        not null default false,
    versi_realisasi    bigint         not null,
    oleh               varchar(60)    not null,
    nama_oleh          varchar(200)   not null,
    pada               timestamptz    not null,
    version            bigint         not null default 0,
    dibuat_pada        timestamptz    not null default now(),
    diubah_pada        timestamptz    not null default now(),
    check (status = 'VALID' or catatan is not null)
);
create index verdik_validasi_realisasi_idx on verdik_validasi (realisasi_id);
create index verdik_validasi_unit_idx on verdik_validasi (unit_id, tahun_anggaran_id, triwulan);

create table berita_acara_validasi (
    id                 bigserial primary key,
    unit_id            bigint         not null references unit (id),
    tahun_anggaran_id  bigint         not null references tahun_anggaran (id),
    tahun              int            not null,
    triwulan           int            not null check (triwulan between 1 and 4),
    urut               int            not null,
    nomor              varchar(120)   not null unique,
    tanggal            date           not null,
    tempat             varchar(100)   not null,
    unit_kode          varchar(40)    not null,
    unit_nama          varchar(300)   not null,
    jenis_skor         varchar(10),
    skor               numeric(24, 10),
    predikat           varchar(100),
    dikunci_oleh       varchar(60)    not null,
    dikunci_pada       timestamptz    not null,
    -- a re-opening by the PKO: the berita acara stays as history with its final score
    dibuka_oleh        varchar(60),
    dibuka_pada        timestamptz,
    alasan_buka        varchar(1000),
    version            bigint         not null default 0,
    dibuat_pada        timestamptz    not null default now(),
    diubah_pada        timestamptz    not null default now(),
    unique (unit_id, tahun_anggaran_id, triwulan, urut)
);
create index berita_acara_validasi_tahun_idx on berita_acara_validasi (tahun_anggaran_id);

create table berita_acara_validasi_iku (
    berita_acara_id    bigint         not null references berita_acara_validasi (id) on delete cascade,
    urutan             int            not null,
    kode               varchar(40)    not null,
    nama               varchar(1000)  not null,
    satuan             varchar(100),
    target             numeric(24, 6),
    realisasi          numeric(24, 6),
    capaian            numeric(24, 10),
    verdik             varchar(300)   not null,
    primary key (berita_acara_id, urutan)
);

create table berita_acara_validasi_ttd (
    berita_acara_id    bigint         not null references berita_acara_validasi (id) on delete cascade,
    urutan             int            not null,
    peran              varchar(20)    not null check (peran in ('VALIDATOR', 'UNIT')),
    jabatan            varchar(300)   not null,
    nama               varchar(200),
    primary key (berita_acara_id, urutan)
);

-- Marves: a unit's Dialog Kinerja Organisasi for the quarter must be recorded before its forum
-- may lock the period (rulebook data, like the report deadlines of V19).
update rulebook_versi
   set definisi = jsonb_set(definisi, '{validationRequiresDko}', 'true'::jsonb)
 where kode = 'MARVES' and not (definisi ? 'validationRequiresDko');
