-- Cascading: an upper unit's IKU carried by IKU of units below. DIRECT adopts the IKU whole,
-- INDIRECT distributes the target (consolidated back up by the IKU's location consolidation),
-- SUPPORT links a lower non-cascading IKU as supporting ("jika ... maka") without consolidation.
-- Raw numerator/denominator targets serve RAW_DATA consolidation.

create table cascading (
    id            bigserial primary key,
    atas_iku_id   bigint      not null references iku (id),
    bawah_iku_id  bigint      not null references iku (id),
    metode        varchar(10) not null check (metode in ('DIRECT', 'INDIRECT', 'SUPPORT')),
    dibuat_pada   timestamptz not null default now(),
    unique (atas_iku_id, bawah_iku_id),
    check (atas_iku_id <> bawah_iku_id)
);
create index cascading_atas_idx on cascading (atas_iku_id);
create index cascading_bawah_idx on cascading (bawah_iku_id);

alter table iku add column target_pembilang numeric(24, 6);
alter table iku add column target_penyebut numeric(24, 6);
