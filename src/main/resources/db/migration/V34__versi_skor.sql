-- Score cache validity (docs/adr/0022-score-cache-and-one-read-transaction.md): one row whose value
-- changes in every committed transaction that touched data a score depends on. It holds the id of
-- the last such transaction (never reused, so a rolled-back change cannot bring an old value back).
-- The bump runs at commit (deferred), once per transaction, so it neither widens lock windows nor
-- adds a lock-order (deadlock) with the data rows. Readers: realisasi.SkorCache.
create table versi_skor (
    id    int    primary key check (id = 1),
    versi bigint not null
);
insert into versi_skor values (1, 0);

create function naikkan_versi_skor() returns trigger language plpgsql as $$
begin
    if current_setting('kinerja.versi_skor_naik', true) is distinct from 'y' then
        update versi_skor set versi = pg_current_xact_id()::text::bigint where id = 1;
        perform set_config('kinerja.versi_skor_naik', 'y', true);
    end if;
    return null;
end $$;

do $$
declare
    t text;
begin
    -- every table SkorService reads (organisation, periods, rulebooks, plans, links, values, reports, scales)
    foreach t in array array['organisasi', 'unit_level', 'unit', 'tahun_anggaran', 'periode', 'rulebook_versi',
            'perjanjian_kinerja', 'sasaran_strategis', 'iku', 'target_periode', 'cascading', 'realisasi',
            'laporan_realisasi', 'skala_kualitatif', 'skala_kualitatif_level'] loop
        execute format('create constraint trigger versi_skor_naik after insert or update or delete on %I'
            || ' deferrable initially deferred for each row execute function naikkan_versi_skor()', t);
        execute format('create trigger versi_skor_kosong after truncate on %I'
            || ' for each statement execute function naikkan_versi_skor()', t);
    end loop;
end $$;
