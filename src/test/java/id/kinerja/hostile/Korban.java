package id.kinerja.hostile;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ids of one victim unit's records (its approved 2026 PK, an SS, an IKU, links, a user with a
 * role there…), read from the demo data, so that an attacker can be sent to every route with
 * somebody else's ids.
 */
record Korban(String kodeUnit, String namaUnit, long unitId, long organisasiId, long tahunId, String rulebook,
        long pkId, long ssId, long ikuId, long linkId, long keselarasanId, long kontributorId, long kegiatanId,
        long anggaranId, long panahId, long penggunaId, long penugasanId, int tahunAngka, String ikuKode,
        long realisasiId, long buktiId, long tindakLanjutId) {

    static Korban dari(JdbcTemplate jdbc, String kodeUnit, String username) {
        long unitId = jdbc.queryForObject("select id from unit where kode = ?", Long.class, kodeUnit);
        String nama = jdbc.queryForObject("select nama from unit where id = ?", String.class, unitId);
        long org = jdbc.queryForObject("select organisasi_id from unit where id = ?", Long.class, unitId);
        long tahun = jdbc.queryForObject("select id from tahun_anggaran where organisasi_id = ? order by tahun limit 1",
                Long.class, org);
        String rulebook = jdbc.queryForObject("select rulebook_key from organisasi where id = ?", String.class, org);
        long pk = jdbc.queryForObject("""
                select p.id from perjanjian_kinerja p where p.unit_id = ? order by p.nomor_versi limit 1""",
                Long.class, unitId);
        long ss = jdbc.queryForObject("select min(id) from sasaran_strategis where pk_id = ?", Long.class, pk);
        long iku = jdbc.queryForObject("select min(i.id) from iku i join sasaran_strategis s on s.id = i.ss_id "
                + "where s.pk_id = ?", Long.class, pk);
        // links of the victim's plan; where the demo has none the id is unknown (answered 404 anyway)
        long link = ada(jdbc, """
                select c.id from cascading c join iku i on i.id = c.bawah_iku_id
                join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ?""", pk).orElse(TIDAK_ADA);
        long selaras = ada(jdbc, """
                select k.id from keselarasan k join iku i on i.id = k.iku_id
                join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ?""", pk).orElse(TIDAK_ADA);
        long kontributor = ada(jdbc, """
                select k.id from kontributor_crosscutting k join iku i on i.id = k.iku_id
                join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ?""", pk).orElse(TIDAK_ADA);
        long kegiatan = ada(jdbc, """
                select k.id from kegiatan_renaksi k join iku i on i.id = k.iku_id
                join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ?""", pk).orElse(TIDAK_ADA);
        long anggaran = ada(jdbc, "select id from pk_anggaran where pk_id = ?", pk).orElse(TIDAK_ADA);
        long panah = ada(jdbc, "select id from peta_panah where pk_id = ?", pk).orElse(TIDAK_ADA);
        long pengguna = jdbc.queryForObject("select id from pengguna where username = ?", Long.class, username);
        long penugasan = jdbc.queryForObject("select min(id) from penugasan where pengguna_id = ?", Long.class,
                pengguna);
        int tahunAngka = jdbc.queryForObject("select p.tahun from perjanjian_kinerja k join tahun_anggaran p "
                + "on p.id = k.tahun_anggaran_id where k.id = ?", Integer.class, pk);
        String ikuKode = jdbc.queryForObject("select kode from iku where id = ?", String.class, iku);
        // realisation, evidence and follow-ups of the victim unit (unknown where the demo has none)
        long realisasi = ada(jdbc, "select id from realisasi where unit_id = ?", unitId).orElse(TIDAK_ADA);
        long bukti = ada(jdbc, "select id from bukti_dukung where unit_id = ?", unitId).orElse(TIDAK_ADA);
        long tindakLanjut = ada(jdbc, "select id from tindak_lanjut where unit_id = ?", unitId).orElse(TIDAK_ADA);
        KorbanDialog.muat(jdbc, unitId);
        return new Korban(kodeUnit, nama, unitId, org, tahun, rulebook, pk, ss, iku, link, selaras, kontributor,
                kegiatan, anggaran, panah, pengguna, penugasan, tahunAngka, ikuKode, realisasi, bukti, tindakLanjut);
    }

    static final long TIDAK_ADA = 987_654_321L;

    private static Optional<Long> ada(JdbcTemplate jdbc, String sql, Object... args) {
        List<Long> ids = jdbc.queryForList(sql + " limit 1", Long.class, args);
        return ids.stream().findFirst();
    }

    /** The id a path variable of this pattern stands for; null when the suite does not know the name. */
    Object nilai(String pattern, String variabel) {
        return switch (variabel) {
            case "unitId" -> unitId;
            case "pkId" -> pkId;
            case "ssId" -> ssId;
            case "ikuId" -> ikuId;
            case "linkId" -> linkId;
            case "organisasiId" -> organisasiId;
            case "kode" -> rulebook;
            case "kegiatanId" -> kegiatanId;
            case "anggaranId" -> anggaranId;
            case "panahId" -> panahId;
            case "penugasanId" -> penugasanId;
            case "id" -> idMenurut(pattern);
            case "unitKode" -> kodeUnit;
            case "tahun" -> tahunAngka;
            case "tw", "triwulan" -> 3;
            case "ikuKode" -> ikuKode;
            case "period" -> "TW3";
            case "sd" -> "TW3";
            case "jenis" -> pattern.startsWith("/bukti/") ? "REALISASI"
                    : pattern.contains("/cetak/") ? "matriks-pelaksanaan" : null;
            case "pemilikId" -> realisasiId;
            case "tindakLanjutId" -> tindakLanjutId;
            case "realisasiId" -> realisasiId;
            case "beritaAcaraId" -> TIDAK_ADA;
            case "dialogId", "tindakLanjutDialogId", "permintaanId", "logbookId" -> KorbanDialog.id(unitId, variabel);
            // reminders belong to a user, not a unit: an id that is not the attacker's (see KalenderWebTest)
            case "notifikasiId" -> TIDAK_ADA;
            case "periode" -> pattern.contains("{periode:TAHUN}") ? "TAHUN" : "TW3";
            case "semester" -> 1;
            case "tanggal" -> "2099-12-31";
            default -> null;
        };
    }

    private Object idMenurut(String pattern) {
        if (pattern.startsWith("/admin/pengguna")) {
            return penggunaId;
        }
        if (pattern.startsWith("/admin/tahun/")) {
            return tahunId;
        }
        if (pattern.contains("/kontributor/")) {
            return kontributorId;
        }
        if (pattern.contains("/keselarasan/")) {
            return keselarasanId;
        }
        if (pattern.contains("/tindak-lanjut/")) {
            return tindakLanjutId;
        }
        if (pattern.startsWith("/bukti/")) {
            return buktiId;
        }
        if (pattern.startsWith("/unit/") || pattern.startsWith("/admin/unit/") || pattern.startsWith("/api/v1/unit/")) {
            return unitId;
        }
        return null;
    }
}
