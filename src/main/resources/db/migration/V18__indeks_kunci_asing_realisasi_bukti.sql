-- Foreign keys of the realisation and evidence tables get their index (IndeksKunciAsingTest).
create index if not exists bukti_dukung_diunggah_oleh_idx on bukti_dukung (diunggah_oleh_id);
create index if not exists bukti_dukung_unit_idx on bukti_dukung (unit_id);
create index if not exists laporan_realisasi_tahun_anggaran_idx on laporan_realisasi (tahun_anggaran_id);
create index if not exists realisasi_tahun_anggaran_idx on realisasi (tahun_anggaran_id);
