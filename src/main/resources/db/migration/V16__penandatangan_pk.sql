-- Signatories of a PK as they are printed: rank (pangkat/golongan) of both parties, and whether a
-- party signs as an acting official (Plt. = pelaksana tugas, Plh. = pelaksana harian). The old
-- boolean pihak_kedua_plt is carried into the new column and kept in step by the application.

alter table perjanjian_kinerja add column pihak_pertama_pangkat varchar(100);
alter table perjanjian_kinerja add column pihak_kedua_pangkat varchar(100);
alter table perjanjian_kinerja add column pihak_pertama_pelaksana varchar(3)
    check (pihak_pertama_pelaksana in ('PLT', 'PLH'));
alter table perjanjian_kinerja add column pihak_kedua_pelaksana varchar(3)
    check (pihak_kedua_pelaksana in ('PLT', 'PLH'));
update perjanjian_kinerja set pihak_kedua_pelaksana = 'PLT' where pihak_kedua_plt;
