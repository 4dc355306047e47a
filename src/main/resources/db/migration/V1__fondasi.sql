-- Foundation: organisations, unit tree, fiscal years and periods, users and unit-scoped roles,
-- and the append-only audit trail.

create table organisasi (
    id            bigserial primary key,
    kode          varchar(30)  not null unique,
    nama          varchar(200) not null,
    singkatan     varchar(50)  not null,
    rulebook_key  varchar(40)  not null,
    kota          varchar(100) not null default 'Jakarta',
    version       bigint       not null default 0,
    dibuat_pada   timestamptz  not null default now(),
    diubah_pada   timestamptz  not null default now()
);

-- Level names are data: Kemenlu Wide/One/Two…, Marves UPK 0/1/2, Kemenkeu Wide/One….
create table unit_level (
    id             bigserial primary key,
    organisasi_id  bigint       not null references organisasi (id),
    kedalaman      int          not null check (kedalaman >= 0),
    kode           varchar(30)  not null,
    nama           varchar(100) not null,
    pemilik_peta   boolean      not null default false,
    unique (organisasi_id, kedalaman),
    unique (organisasi_id, kode)
);

create table unit (
    id              bigserial primary key,
    organisasi_id   bigint       not null references organisasi (id),
    induk_id        bigint       references unit (id),
    level_id        bigint       not null references unit_level (id),
    kode            varchar(40)  not null,
    nama            varchar(250) not null,
    jenis           varchar(20)  not null check (jenis in ('UNIT_KERJA', 'PERWAKILAN', 'JABATAN')),
    pemilik_peta    boolean      not null default false,
    jabatan_kepala  varchar(200),
    -- materialised path "/1/4/9/": subtree = path like '/1/4/%', one index scan
    path            varchar(1000) not null,
    urutan          int          not null default 0,
    aktif           boolean      not null default true,
    ditutup_pada    date,
    version         bigint       not null default 0,
    dibuat_pada     timestamptz  not null default now(),
    diubah_pada     timestamptz  not null default now(),
    unique (organisasi_id, kode),
    check (aktif or ditutup_pada is not null)
);
create index unit_path_idx on unit (path varchar_pattern_ops);
create index unit_induk_idx on unit (induk_id);

create table tahun_anggaran (
    id             bigserial primary key,
    organisasi_id  bigint      not null references organisasi (id),
    tahun          int         not null check (tahun between 2000 and 2100),
    status         varchar(20) not null check (status in ('PERENCANAAN', 'BERJALAN', 'DITUTUP')),
    version        bigint      not null default 0,
    unique (organisasi_id, tahun)
);

-- Every reporting period of a year: 12 months, 4 quarters, 2 semesters and the year itself,
-- so that an IKU reporting monthly, quarterly or per semester attaches to a real row.
create table periode (
    id                 bigserial primary key,
    tahun_anggaran_id  bigint      not null references tahun_anggaran (id),
    jenis              varchar(20) not null check (jenis in ('BULAN', 'TRIWULAN', 'SEMESTER', 'TAHUN')),
    nomor              int         not null check (nomor between 1 and 12),
    mulai              date        not null,
    selesai            date        not null,
    batas_lapor        date        not null,
    unique (tahun_anggaran_id, jenis, nomor),
    check (selesai >= mulai)
);

create table pengguna (
    id                 bigserial primary key,
    username           varchar(60)  not null unique,
    nip                varchar(18)  unique check (nip ~ '^[0-9]{18}$'),
    nama               varchar(200) not null,
    jabatan            varchar(200),
    pangkat_golongan   varchar(100),
    email              varchar(200),
    password_hash      varchar(100) not null,
    aktif              boolean      not null default true,
    super_admin        boolean      not null default false,
    gagal_login        int          not null default 0,
    terkunci_sampai    timestamptz,
    login_terakhir     timestamptz,
    version            bigint       not null default 0,
    dibuat_pada        timestamptz  not null default now(),
    diubah_pada        timestamptz  not null default now()
);

create table penugasan (
    id           bigserial primary key,
    pengguna_id  bigint      not null references pengguna (id),
    unit_id      bigint      not null references unit (id),
    peran        varchar(20) not null check (peran in ('PKO_PUSAT', 'PKO_UNIT', 'PERENCANA', 'PIMPINAN', 'VALIDATOR')),
    dibuat_pada  timestamptz not null default now(),
    unique (pengguna_id, unit_id, peran)
);
create index penugasan_pengguna_idx on penugasan (pengguna_id);
create index penugasan_unit_idx on penugasan (unit_id);

create table audit_log (
    id           bigserial primary key,
    waktu        timestamptz  not null default now(),
    pelaku       varchar(60)  not null,
    aksi         varchar(20)  not null,
    entitas      varchar(60)  not null,
    entitas_id   varchar(60),
    unit_id      bigint,
    sebelum      jsonb,
    sesudah      jsonb,
    keterangan   varchar(500)
);
create index audit_log_waktu_idx on audit_log (waktu desc);
create index audit_log_entitas_idx on audit_log (entitas, entitas_id);
create index audit_log_pelaku_idx on audit_log (pelaku);

-- Append-only: the database itself refuses to rewrite history, whatever the application does.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only (% refused)', tg_op;
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();
