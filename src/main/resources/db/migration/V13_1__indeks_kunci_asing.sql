-- Indexes for the foreign keys that had none (IndeksKunciAsingTest keeps it so): deleting or
-- checking a parent row, and joining from it, no longer scans the child table.
create index unit_level_idx on unit (level_id);
create index pk_tahun_anggaran_idx on perjanjian_kinerja (tahun_anggaran_id);
create index ss_asal_idx on sasaran_strategis (asal_id);
create index iku_asal_idx on iku (asal_id);
create index peta_panah_ke_idx on peta_panah (ke_ss_id);
create index kegiatan_renaksi_asal_idx on kegiatan_renaksi (asal_id);
create index keselarasan_pendukung_idx on keselarasan (pendukung_iku_id);
create index kontributor_crosscutting_unit_idx on kontributor_crosscutting (unit_id);
