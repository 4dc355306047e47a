-- The planning aggregate's tables take their ids from pooled sequences (<table>_seq, Hibernate's
-- implicit name; increment 50, its default allocation) instead of IDENTITY, so Hibernate can batch the inserts of a PK's deep copy
-- or an Excel import. Each sequence starts past the table's current ids; the column default moves
-- to it too, so a plain SQL insert never takes an id Hibernate may already have handed out (a value
-- v reserves v-49..v). Other tables keep their serial ids.
do $$
declare
    t text;
    awal bigint;
begin
    foreach t in array array['perjanjian_kinerja', 'sasaran_strategis', 'iku', 'target_periode',
                             'kegiatan_renaksi', 'pk_anggaran', 'peta_panah', 'pk_riwayat'] loop
        execute format('select coalesce(max(id), 0) + 51 from %I', t) into awal;
        execute format('create sequence %I increment by 50 minvalue 1 start with %s',
                       t || '_seq', awal);
        execute format('alter table %I alter column id set default nextval(%L)', t,
                       t || '_seq');
    end loop;
end
$$;
