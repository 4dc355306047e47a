-- Issue 10 (security): login throttling, segregation of duties, idempotent form submissions and
-- codes unique by constraint.

-- Failed sign-ins per key ("akun:<username>" or "alamat:<client address>"): growing delays
-- instead of a hard lock that an attacker could trigger on somebody else's account.
create table login_throttle (
    kunci           varchar(120) primary key,
    gagal           int          not null,
    gagal_terakhir  timestamptz  not null,
    tunggu_sampai   timestamptz
);

-- Who drafted or submitted a document (PK, revision, later realisations): they never approve it.
create table penyusun_dokumen (
    jenis       varchar(40)  not null,
    dokumen_id  bigint       not null,
    username    varchar(60)  not null,
    peran       varchar(10)  not null check (peran in ('SUSUN', 'AJUKAN')),
    pertama     timestamptz  not null default now(),
    primary key (jenis, dokumen_id, username, peran)
);

alter table perjanjian_kinerja add column diajukan_oleh varchar(60);

-- One-time tokens of create forms: a double-click or a resubmitted form creates once.
create table token_formulir (
    token      char(36)     primary key,
    dipakai    timestamptz  not null default now()
);
create index token_formulir_dipakai_idx on token_formulir (dipakai);

-- Codes are derived (S1, S2 …; S1.1-CP …) and renumbered inside one transaction, so the
-- uniqueness is checked at commit.
alter table sasaran_strategis add constraint ss_kode_unik unique (pk_id, kode) deferrable initially deferred;
alter table iku add constraint iku_kode_unik unique (ss_id, kode) deferrable initially deferred;
