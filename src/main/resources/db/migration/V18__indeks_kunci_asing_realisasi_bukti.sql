-- Foreign keys of the realisation, evidence, activity-progress and analysis tables get their index
-- (IndeksKunciAsingTest).
create index if not exists bukti_dukung_diunggah_oleh_idx on bukti_dukung (diunggah_oleh_id);
create index if not exists bukti_dukung_unit_idx on bukti_dukung (unit_id);
create index if not exists laporan_realisasi_tahun_anggaran_idx on laporan_realisasi (tahun_anggaran_id);
create index if not exists realisasi_tahun_anggaran_idx on realisasi (tahun_anggaran_id);
create index if not exists capaian_kegiatan_tahun_anggaran_idx on capaian_kegiatan (tahun_anggaran_id);
create index if not exists capaian_kegiatan_kegiatan_idx on capaian_kegiatan (kegiatan_id);
create index if not exists analisis_iku_tahun_anggaran_idx on analisis_iku (tahun_anggaran_id);
create index if not exists analisis_iku_iku_idx on analisis_iku (iku_id);
create index if not exists tindak_lanjut_analisis_idx on tindak_lanjut (analisis_id);
create index if not exists tindak_lanjut_unit_idx on tindak_lanjut (unit_id);
