-- Employee objections (keberatan) to individual results (Kemenlu §G.8): one per position and year,
-- filed by the employee within 14 days of receiving the result, answered in writing by the
-- evaluator (pejabat penilai); a rejected one goes to the evaluator's superior, whose decision is final.
create table keberatan_nckp (
    id                 bigserial     primary key,
    unit_id            bigint        not null references unit (id),
    tahun              integer       not null check (tahun between 2000 and 2100),
    atas_np            boolean       not null,
    atas_nckp          boolean       not null,
    atas_nckp_final    boolean       not null,
    alasan             varchar(4000) not null,
    hasil_diterima_pada timestamptz  not null,
    diajukan_oleh      varchar(100)  not null,
    diajukan_pada      timestamptz   not null,
    -- the evaluator it was addressed to and the reviewer it was forwarded to (usernames at the time)
    ditujukan_kepada   varchar(100)  not null,
    diteruskan_kepada  varchar(100),
    status             varchar(20)   not null
        check (status in ('DIAJUKAN', 'DITERIMA_PENILAI', 'DITERUSKAN', 'DITERIMA_ATASAN', 'DITOLAK_ATASAN')),
    tanggapan          varchar(4000),
    ditanggapi_oleh    varchar(100),
    ditanggapi_pada    timestamptz,
    keputusan          varchar(4000),
    diputus_oleh       varchar(100),
    diputus_pada       timestamptz,
    penilaian_ulang    boolean       not null default false,
    version            bigint        not null default 0,
    -- the employee's one right per position and year
    unique (unit_id, tahun),
    check (atas_np or atas_nckp or atas_nckp_final),
    check (status = 'DIAJUKAN' or (tanggapan is not null and ditanggapi_pada is not null)),
    check (status not in ('DITERUSKAN', 'DITERIMA_ATASAN', 'DITOLAK_ATASAN') or diteruskan_kepada is not null),
    check (status not in ('DITERIMA_ATASAN', 'DITOLAK_ATASAN') or (keputusan is not null and diputus_pada is not null))
);
