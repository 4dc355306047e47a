-- Public holidays become editable on /kalender/libur (super admin). They move "N working days"
-- deadlines, hence which values are late in a score and on a dashboard: a change must invalidate the
-- score and dashboard caches like any other table they read (V34, V36).
create constraint trigger versi_skor_naik after insert or update or delete on hari_libur
    deferrable initially deferred for each row execute function naikkan_versi_skor();
create trigger versi_skor_kosong after truncate on hari_libur
    for each statement execute function naikkan_versi_skor();
create constraint trigger versi_dasbor_naik after insert or update or delete on hari_libur
    deferrable initially deferred for each row execute function naikkan_versi_dasbor();
create trigger versi_dasbor_kosong after truncate on hari_libur
    for each statement execute function naikkan_versi_dasbor();
