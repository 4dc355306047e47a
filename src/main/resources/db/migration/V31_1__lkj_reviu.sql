-- The inspectorate's review of a signed annual LKj (reporting calendar REVIU_LKJ, due 10 February):
-- one record per report, written by a reviewer who neither drafted nor signed it. A review does not
-- change the frozen report; it is the calendar's "handed in" for REVIU_LKJ.
create table lkj_reviu (
    id            bigserial primary key,
    lkj_id        bigint         not null unique references lkj (id),
    unit_id       bigint         not null references unit (id),
    tahun         int            not null,
    catatan       varchar(4000)  not null,
    direviu_oleh  varchar(60)    not null,
    direviu_pada  timestamptz    not null,
    version       bigint         not null default 0,
    dibuat_pada   timestamptz    not null default now(),
    diubah_pada   timestamptz    not null default now()
);
create index lkj_reviu_unit_tahun_idx on lkj_reviu (unit_id, tahun);
