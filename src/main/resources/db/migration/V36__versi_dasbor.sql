-- Dashboard page cache validity (docs/adr/0026-dashboard-view-cache.md): like versi_skor (V34), one
-- row whose value changes in every committed transaction that touched data a dashboard shows — the
-- score tables plus analyses, follow-ups, activity budgets and the strategy map's arrows. Bumped
-- at commit (deferred), once per transaction. Reader: dasbor.DasborCache.
create table versi_dasbor (
    id    int    primary key check (id = 1),
    versi bigint not null
);
insert into versi_dasbor values (1, 0);

create function naikkan_versi_dasbor() returns trigger language plpgsql as $$
begin
    if current_setting('kinerja.versi_dasbor_naik', true) is distinct from 'y' then
        update versi_dasbor set versi = pg_current_xact_id()::text::bigint where id = 1;
        perform set_config('kinerja.versi_dasbor_naik', 'y', true);
    end if;
    return null;
end $$;

do $$
declare
    t text;
begin
    foreach t in array array['organisasi', 'unit_level', 'unit', 'tahun_anggaran', 'periode', 'rulebook_versi',
            'perjanjian_kinerja', 'sasaran_strategis', 'iku', 'target_periode', 'cascading', 'realisasi',
            'laporan_realisasi', 'skala_kualitatif', 'skala_kualitatif_level',
            'analisis_iku', 'tindak_lanjut', 'capaian_kegiatan', 'kegiatan_renaksi', 'pk_anggaran', 'peta_panah'] loop
        execute format('create constraint trigger versi_dasbor_naik after insert or update or delete on %I'
            || ' deferrable initially deferred for each row execute function naikkan_versi_dasbor()', t);
        execute format('create trigger versi_dasbor_kosong after truncate on %I'
            || ' for each statement execute function naikkan_versi_dasbor()', t);
    end loop;
end $$;
