-- The workflow history of a PK version (submitted, withdrawn, returned, approved), with who did
-- it by name as it was at that moment and the note given; the approver reads it on the PK page.
create table pk_riwayat (
    id         bigserial primary key,
    pk_id      bigint        not null references perjanjian_kinerja (id),
    langkah    varchar(20)   not null check (langkah in ('AJUKAN', 'TARIK', 'KEMBALIKAN', 'TETAPKAN')),
    oleh       varchar(60)   not null,
    oleh_nama  varchar(200)  not null,
    pada       timestamptz   not null,
    catatan    varchar(1000)
);
create index pk_riwayat_pk_idx on pk_riwayat (pk_id);

-- what the PK rows already tell (the last submission and the approval), names from the accounts
insert into pk_riwayat (pk_id, langkah, oleh, oleh_nama, pada)
select p.id, 'AJUKAN', coalesce(p.diajukan_oleh, '-'), coalesce(g.nama, p.diajukan_oleh, '-'), p.diajukan_pada
from perjanjian_kinerja p left join pengguna g on g.username = p.diajukan_oleh
where p.diajukan_pada is not null;

insert into pk_riwayat (pk_id, langkah, oleh, oleh_nama, pada)
select p.id, 'TETAPKAN', coalesce(p.ditetapkan_oleh, '-'), coalesce(g.nama, p.ditetapkan_oleh, '-'), p.ditetapkan_pada
from perjanjian_kinerja p left join pengguna g on g.username = p.ditetapkan_oleh
where p.ditetapkan_pada is not null;
