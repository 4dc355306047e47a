-- Bukti dukung (evidence): files and links attached to an owner record of another module
-- (jenis_pemilik + pemilik_id, e.g. REALISASI 42). Metadata here; the bytes in bukti_isi
-- (PostgreSQL storage) or in an S3-compatible object store, named by kunci_penyimpanan.

create table bukti_dukung (
    id                  bigserial    primary key,
    jenis_pemilik       varchar(40)  not null,
    pemilik_id          bigint       not null,
    -- the owner's unit when attached: the audit trail files changes under it
    unit_id             bigint       not null references unit (id),
    jenis               varchar(10)  not null check (jenis in ('BERKAS', 'TAUTAN')),
    nama_file           varchar(255),
    content_type        varchar(150),
    ukuran              bigint       check (ukuran >= 0),
    sha256              varchar(64)  check (sha256 ~ '^[0-9a-f]{64}$'),
    penyimpanan         varchar(20),
    kunci_penyimpanan   varchar(200) unique,
    url                 varchar(2000),
    judul               varchar(200),
    diunggah_oleh_id    bigint       references pengguna (id),
    diunggah_oleh_nama  varchar(200) not null,
    diunggah_pada       timestamptz  not null,
    version             bigint       not null default 0,
    dibuat_pada         timestamptz  not null default now(),
    diubah_pada         timestamptz  not null default now(),
    check ((jenis = 'BERKAS' and nama_file is not null and content_type is not null and ukuran is not null
                and sha256 is not null and penyimpanan is not null and kunci_penyimpanan is not null and url is null)
        or (jenis = 'TAUTAN' and url is not null and nama_file is null and kunci_penyimpanan is null))
);
create index bukti_dukung_pemilik_idx on bukti_dukung (jenis_pemilik, pemilik_id);

-- The bytes of files kept in PostgreSQL (the default): one row per file, so pg_dump carries them.
-- EXTERNAL = out of line and uncompressed (PDF, images and ZIPs are compressed already), so a
-- download reads 1 MB slices with substring() without loading the whole value.
create table bukti_isi (
    kunci        varchar(200) primary key,
    ukuran       bigint       not null check (ukuran >= 0),
    isi          bytea        not null,
    dibuat_pada  timestamptz  not null default now()
);
alter table bukti_isi alter column isi set storage external;
