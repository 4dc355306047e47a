-- Foreign keys of the validation and dialog tables (V20, V21) get their indexes, like every other
-- foreign key (IndeksKunciAsingTest): deletes and joins on the referenced rows stay index scans.
create index dialog_iku_iku_akar_idx on dialog_iku (iku_akar_id);
create index logbook_harian_kegiatan_idx on logbook_harian (kegiatan_id);
create index permintaan_perubahan_dialog_idx on permintaan_perubahan (dialog_id);
create index permintaan_perubahan_iku_idx on permintaan_perubahan (iku_id);
create index permintaan_perubahan_pk_idx on permintaan_perubahan (pk_id);
create index permintaan_perubahan_pk_revisi_idx on permintaan_perubahan (pk_revisi_id);
create index verdik_validasi_tahun_anggaran_idx on verdik_validasi (tahun_anggaran_id);
