package id.kinerja.dialog;

import id.kinerja.akses.AksesService;
import id.kinerja.akses.Aksi;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.Jangkauan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The conditions of the inbox counts and the /dialog start page, shared by both: the user's reach
 * comes as unit ids via OrganisasiQuery, so the SQL names only dialog's own tables.
 */
record SaringanDialog(String sql, List<Object> args) {

    /** Change requests the user decides: the central PKO for roots or when addressed, else the parent's head. */
    static SaringanDialog permintaan(AksesService akses, OrganisasiQuery organisasi, String saya) {
        Jangkauan pusat = organisasi.dalam(akses.cakupan(Aksi.KELOLA_RULEBOOK));
        Jangkauan atasan = organisasi.anakDalam(akses.cakupan(Aksi.SETUJUI));
        List<Object> args = new ArrayList<>();
        args.add(saya);
        args.add(organisasi.idAkar().toArray(Long[]::new));
        args.addAll(pusat.args());
        args.addAll(atasan.args());
        return new SaringanDialog("p.status = 'DIAJUKAN' and p.diajukan_oleh <> ? and ("
                + "((p.penerima = 'PKO_PUSAT' or p.unit_id = any(?)) and " + pusat.sql("p.unit_id") + ") or "
                + "(p.penerima = 'ATASAN' and " + atasan.sql("p.unit_id") + "))", args);
    }

    /** Open follow-ups past their month, for who drafts for the unit. */
    static SaringanDialog tindakLanjutTerlambat(AksesService akses, OrganisasiQuery organisasi, LocalDate hariIni) {
        Jangkauan susun = organisasi.dalam(akses.cakupan(Aksi.SUSUN));
        List<Object> args = new ArrayList<>(List.of(hariIni.getYear() * 12 + hariIni.getMonthValue() - 1));
        args.addAll(susun.args());
        return new SaringanDialog("t.status = 'TERBUKA' and t.batas_tahun * 12 + t.batas_bulan - 1 < ? and "
                + susun.sql("t.unit_id"), args);
    }

    /** Logbook entries to discuss, for the superior (never the writer). */
    static SaringanDialog logbookDiskusi(AksesService akses, OrganisasiQuery organisasi, String saya) {
        Jangkauan atasan = organisasi.anakDalam(akses.cakupan(Aksi.SETUJUI));
        List<Object> args = new ArrayList<>();
        args.add(saya);
        args.addAll(atasan.args());
        return new SaringanDialog("l.kategori = 'PERLU_DISKUSI' and l.jawaban is null and l.penulis <> ? and "
                + atasan.sql("l.unit_id"), args);
    }
}
