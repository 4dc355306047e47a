-- Individual scores (issue 13 item 5): NP per semester entered by the evaluator, the supervisor
-- review of the annual NCKP, and the HR / organisation / finance officials' role that may read them.

alter table penugasan drop constraint penugasan_peran_check;
alter table penugasan add constraint penugasan_peran_check
    check (peran in ('PKO_PUSAT', 'PKO_UNIT', 'PERENCANA', 'PIMPINAN', 'VALIDATOR', 'PENGELOLA_SDM'));

-- Nilai perilaku of one evaluee position for one semester (Kemenlu §G.7): one row per rating.
create table nilai_perilaku (
    id           bigserial     primary key,
    unit_id      bigint        not null references unit (id),
    tahun        integer       not null check (tahun between 2000 and 2100),
    semester     smallint      not null check (semester in (1, 2)),
    nilai        numeric(5, 2) not null check (nilai >= 0 and nilai <= 100),
    catatan      varchar(1000),
    dinilai_oleh varchar(100)  not null,
    dinilai_pada timestamptz   not null,
    version      bigint        not null default 0,
    unique (unit_id, tahun, semester)
);

-- The superior's superior's review of the annual NCKP (setuju / naik / turun) → NCKP Final.
create table reviu_nckp (
    id           bigserial      primary key,
    unit_id      bigint         not null references unit (id),
    tahun        integer        not null check (tahun between 2000 and 2100),
    keputusan    varchar(10)    not null check (keputusan in ('SETUJU', 'NAIK', 'TURUN')),
    ckp_tahunan  numeric(12, 6) not null,
    np_tahunan   numeric(12, 6) not null,
    nckp         numeric(12, 6) not null,
    nckp_final   numeric(12, 6) not null check (nckp_final >= 0 and nckp_final <= 120),
    alasan       varchar(2000),
    direviu_oleh varchar(100)   not null,
    direviu_pada timestamptz    not null,
    version      bigint         not null default 0,
    unique (unit_id, tahun),
    check (keputusan = 'SETUJU' or alasan is not null)
);
