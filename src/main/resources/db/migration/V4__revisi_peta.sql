-- Revisions copy a PK's SS and IKU into a new version; each copy remembers where it came from,
-- so past periods can be compared and frozen. Peta Strategi arrows are cause -> effect between
-- two SS of the same PK version.

alter table sasaran_strategis add column asal_id bigint references sasaran_strategis (id);
alter table iku add column asal_id bigint references iku (id);

create table peta_panah (
    id         bigserial primary key,
    pk_id      bigint not null references perjanjian_kinerja (id),
    dari_ss_id bigint not null references sasaran_strategis (id),
    ke_ss_id   bigint not null references sasaran_strategis (id),
    unique (dari_ss_id, ke_ss_id),
    check (dari_ss_id <> ke_ss_id)
);
create index peta_panah_pk_idx on peta_panah (pk_id);
