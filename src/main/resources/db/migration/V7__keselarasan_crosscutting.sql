-- Alignment between units on the same level (a supporting unit's IKU serving a technical unit's
-- IKU, or a chained process) and the crosscutting contributors of an IKU: units of this
-- ministry or other ministries (entered by name) with their role.

create table keselarasan (
    id                bigserial primary key,
    iku_id            bigint       not null references iku (id),
    pendukung_iku_id  bigint       not null references iku (id),
    jenis             varchar(12)  not null check (jenis in ('PENDUKUNG', 'RANTAI')),
    keterangan        varchar(500),
    dibuat_pada       timestamptz  not null default now(),
    unique (iku_id, pendukung_iku_id),
    check (iku_id <> pendukung_iku_id)
);
create index keselarasan_iku_idx on keselarasan (iku_id);

create table kontributor_crosscutting (
    id              bigserial primary key,
    iku_id          bigint       not null references iku (id),
    unit_id         bigint       references unit (id),
    nama_eksternal  varchar(300),
    peran           varchar(500) not null,
    dibuat_pada     timestamptz  not null default now(),
    check (unit_id is not null or nama_eksternal is not null)
);
create index kontributor_crosscutting_iku_idx on kontributor_crosscutting (iku_id);
