-- Planning: a unit's Perjanjian Kinerja per fiscal year, kept in versions (awal, revisi,
-- komplemen); each version owns its Sasaran Strategis and IKU (with the full Manual IKU), and
-- each IKU its Rencana Aksi trajectory. Realisations will attach to IKU x periode.

create table perjanjian_kinerja (
    id                      bigserial primary key,
    unit_id                 bigint       not null references unit (id),
    tahun_anggaran_id       bigint       not null references tahun_anggaran (id),
    nomor_versi             int          not null check (nomor_versi >= 1),
    jenis                   varchar(20)  not null check (jenis in ('AWAL', 'REVISI', 'KOMPLEMEN')),
    berlaku_mulai_triwulan  int          not null default 1 check (berlaku_mulai_triwulan between 1 and 4),
    alasan_perubahan        varchar(1000),
    status                  varchar(20)  not null
        check (status in ('DRAFT', 'DIAJUKAN', 'DITETAPKAN', 'DIKEMBALIKAN', 'DIGANTIKAN')),
    pihak_pertama_nama      varchar(200),
    pihak_pertama_jabatan   varchar(200),
    pihak_pertama_nip       varchar(18),
    pihak_kedua_nama        varchar(200),
    pihak_kedua_jabatan     varchar(200),
    pihak_kedua_nip         varchar(18),
    pihak_kedua_plt         boolean      not null default false,
    catatan                 varchar(1000),
    diajukan_pada           timestamptz,
    ditetapkan_pada         timestamptz,
    ditetapkan_oleh         varchar(60),
    version                 bigint       not null default 0,
    dibuat_pada             timestamptz  not null default now(),
    diubah_pada             timestamptz  not null default now(),
    unique (unit_id, tahun_anggaran_id, nomor_versi)
);
create index pk_status_idx on perjanjian_kinerja (status);

create table sasaran_strategis (
    id           bigserial primary key,
    pk_id        bigint       not null references perjanjian_kinerja (id),
    kode         varchar(10)  not null,
    nama         varchar(500) not null,
    deskripsi    text,
    perspektif   varchar(30)  not null,
    posisi       int          not null default 1,
    version      bigint       not null default 0,
    dibuat_pada  timestamptz  not null default now(),
    diubah_pada  timestamptz  not null default now()
);
create index ss_pk_idx on sasaran_strategis (pk_id);

create table iku (
    id                    bigserial primary key,
    ss_id                 bigint       not null references sasaran_strategis (id),
    urutan                int          not null default 1,
    kode                  varchar(20)  not null,
    nama                  varchar(500) not null,
    definisi              text,
    formula               text,
    tujuan                text,
    satuan                varchar(60)  not null,
    validitas             varchar(10)  check (validitas in ('EXACT', 'PROXY', 'ACTIVITY')),
    kendali               varchar(10)  check (kendali in ('HIGH', 'MODERATE', 'LOW')),
    kualitas              varchar(30)  check (kualitas in ('ULTIMATE_OUTCOME', 'INTERMEDIATE_OUTCOME', 'IMMEDIATE_OUTCOME', 'OUTPUT')),
    penanggung_jawab      varchar(300),
    penyedia_data         varchar(300),
    sumber_data           varchar(500),
    jenis_cascading       varchar(2)   not null check (jenis_cascading in ('CP', 'C', 'N')),
    metode_cascading      varchar(10)  check (metode_cascading in ('DIRECT', 'INDIRECT')),
    konsolidasi_periode   varchar(20)  not null check (konsolidasi_periode in ('SUM', 'AVERAGE', 'TAKE_LAST_KNOWN')),
    konsolidasi_lokasi    varchar(20)  check (konsolidasi_lokasi in ('SUM', 'AVERAGE', 'RAW_DATA')),
    polarisasi            varchar(10)  not null check (polarisasi in ('MAXIMIZE', 'MINIMIZE', 'STABILIZE')),
    periode_pelaporan     varchar(10)  not null check (periode_pelaporan in ('BULAN', 'TRIWULAN', 'SEMESTER', 'TAHUN')),
    target_maksimum       boolean      not null default false,
    target                numeric(24, 6),
    target_bawah          numeric(24, 6),
    target_atas           numeric(24, 6),
    label_pembilang       varchar(200),
    label_penyebut        varchar(200),
    data_y2_target        numeric(24, 6),
    data_y2_realisasi     numeric(24, 6),
    data_y1_target        numeric(24, 6),
    data_y1_realisasi     numeric(24, 6),
    version               bigint       not null default 0,
    dibuat_pada           timestamptz  not null default now(),
    diubah_pada           timestamptz  not null default now()
);
create index iku_ss_idx on iku (ss_id);

-- Rencana Aksi: the annual target broken into trajectory targets per reporting period.
create table target_periode (
    id            bigserial primary key,
    iku_id        bigint         not null references iku (id),
    jenis_periode varchar(10)    not null check (jenis_periode in ('BULAN', 'TRIWULAN', 'SEMESTER', 'TAHUN')),
    nomor         int            not null check (nomor between 1 and 12),
    target        numeric(24, 6),
    unique (iku_id, jenis_periode, nomor)
);
