package id.kinerja.demo;

import id.kinerja.akses.KinerjaUser;
import id.kinerja.akses.Peran;
import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.organisasi.OrganisasiService.LevelBaru;
import id.kinerja.organisasi.OrganisasiService.OrganisasiBaru;
import id.kinerja.organisasi.OrganisasiView;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.pengguna.PenggunaService;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo: one organisation shaped like Kemenlu (Wide → Eselon I incl. a Perwakilan → Eselon II →
 * Three/Four/Five positions) and one like Kemenko Marves (UPK 0 → 1 → 2), fiscal year 2026, and one
 * account per role per organisation. Every password is "demo".
 */
@Component
class DemoData {

    static final int TAHUN_DEMO = 2026;

    private final OrganisasiService organisasi;
    private final UnitService units;
    private final PenggunaService pengguna;
    private final PasswordEncoder encoder;
    private final DemoPerencanaan perencanaan;
    private final DemoRealisasi realisasi;
    private final List<LangkahDemo> langkahLanjutan;
    private final Map<String, Long> unitIds = new HashMap<>();
    private int nipUrut = 1;

    DemoData(OrganisasiService organisasi, UnitService units, PenggunaService pengguna, PasswordEncoder encoder,
            DemoPerencanaan perencanaan, DemoRealisasi realisasi, List<LangkahDemo> langkahLanjutan) {
        this.organisasi = organisasi;
        this.units = units;
        this.pengguna = pengguna;
        this.encoder = encoder;
        this.perencanaan = perencanaan;
        this.realisasi = realisasi;
        this.langkahLanjutan = List.copyOf(langkahLanjutan);
    }

    @Transactional
    public void seed() {
        var context = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            String hash = encoder.encode("demo");
            Long adminId = pengguna.buatAkunAwal("admin", null, "Administrator Sistem", "Pranata Komputer Ahli Madya",
                    null, hash, true, List.of());
            // the tree is built through the normal services (and their checks), acting as that super admin
            KinerjaUser seeder = new KinerjaUser(adminId, "sistem-demo", hash, "Data demo", true, false, true,
                    List.of());
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(seeder, null, seeder.getAuthorities()));
            kemenlu();
            marves();
            akunKemenlu(hash);
            akunMarves(hash);
            // approved 2026 plans, drafted after the accounts so both parties of each PK are filled in
            perencanaan.seed(unitIds);
            // a living year: realisations for TW I–III of the approved plans
            realisasi.seed(unitIds);
            // then the later steps (validation, dialogs, reports…), each module's own class
            langkahLanjutan.forEach(l -> l.seed(unitIds));
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private void kemenlu() {
        OrganisasiView org = organisasi.buatTanpaPemeriksaan(new OrganisasiBaru("KEMENLU",
                "Kementerian Luar Negeri", "Kemenlu", "KEMENLU_BSC", "Jakarta",
                List.of(new LevelBaru("WIDE", "Kemenlu-Wide", true), new LevelBaru("ONE", "One (Eselon I)", true),
                        new LevelBaru("TWO", "Two (Eselon II)", true), new LevelBaru("THREE", "Three (Eselon III)", false),
                        new LevelBaru("FOUR", "Four (Eselon IV)", false),
                        new LevelBaru("FIVE", "Five (Pelaksana/Fungsional)", false)),
                "Kementerian Luar Negeri", "KEMENLU", "Menteri Luar Negeri"));
        unitIds.put("KEMENLU", org.unitAkarId());
        organisasi.bukaTahunTanpaPemeriksaan(org.id(), TAHUN_DEMO);

        unit("SETJEN", "KEMENLU", "Sekretariat Jenderal", JenisUnit.UNIT_KERJA, true, "Sekretaris Jenderal");
        unit("ROREN", "SETJEN", "Biro Perencanaan dan Organisasi", JenisUnit.UNIT_KERJA, true,
                "Kepala Biro Perencanaan dan Organisasi");
        unit("ROREN-PK", "ROREN", "Bagian Perencanaan Kinerja", JenisUnit.UNIT_KERJA, false,
                "Kepala Bagian Perencanaan Kinerja");
        unit("ROREN-PK-EVA", "ROREN-PK", "Subbagian Evaluasi Kinerja", JenisUnit.UNIT_KERJA, false,
                "Kepala Subbagian Evaluasi Kinerja");
        unit("ROREN-PK-EVA-01", "ROREN-PK-EVA", "Analis Kebijakan Ahli Muda", JenisUnit.JABATAN, false,
                "Analis Kebijakan Ahli Muda");
        unit("ROREN-PK-EVA-02", "ROREN-PK-EVA", "Perencana Ahli Pertama", JenisUnit.JABATAN, false,
                "Perencana Ahli Pertama");
        unit("ROKEU", "SETJEN", "Biro Keuangan", JenisUnit.UNIT_KERJA, true, "Kepala Biro Keuangan");
        unit("ASPASAF", "KEMENLU", "Direktorat Jenderal Asia Pasifik dan Afrika", JenisUnit.UNIT_KERJA, true,
                "Direktur Jenderal Asia Pasifik dan Afrika");
        unit("ASTIMPAS", "ASPASAF", "Direktorat Asia Timur dan Pasifik", JenisUnit.UNIT_KERJA, true,
                "Direktur Asia Timur dan Pasifik");
        unit("ASTIMPAS-1", "ASTIMPAS", "Subdirektorat Asia Timur I", JenisUnit.UNIT_KERJA, false,
                "Kepala Subdirektorat Asia Timur I");
        unit("ASTIMPAS-1-A", "ASTIMPAS-1", "Seksi Jepang dan Korea", JenisUnit.UNIT_KERJA, false,
                "Kepala Seksi Jepang dan Korea");
        unit("ASTIMPAS-1-A-01", "ASTIMPAS-1-A", "Diplomat Ahli Pertama", JenisUnit.JABATAN, false,
                "Diplomat Ahli Pertama");
        unit("ASELTENG", "ASPASAF", "Direktorat Asia Selatan dan Tengah", JenisUnit.UNIT_KERJA, true,
                "Direktur Asia Selatan dan Tengah");
        unit("KBRI-TOKYO", "KEMENLU", "KBRI Tokyo", JenisUnit.PERWAKILAN, true,
                "Duta Besar Luar Biasa dan Berkuasa Penuh");
        unit("KBRI-TOKYO-POL", "KBRI-TOKYO", "Fungsi Politik KBRI Tokyo", JenisUnit.UNIT_KERJA, false,
                "Koordinator Fungsi Politik");
        unit("KBRI-TOKYO-EKO", "KBRI-TOKYO", "Fungsi Ekonomi KBRI Tokyo", JenisUnit.UNIT_KERJA, false,
                "Koordinator Fungsi Ekonomi");
        unit("ITJEN", "KEMENLU", "Inspektorat Jenderal", JenisUnit.UNIT_KERJA, true, "Inspektur Jenderal");
    }

    private void marves() {
        OrganisasiView org = organisasi.buatTanpaPemeriksaan(new OrganisasiBaru("MARVES",
                "Kementerian Koordinator Bidang Kemaritiman dan Investasi", "Kemenko Marves", "MARVES", "Jakarta",
                List.of(new LevelBaru("UPK0", "UPK level-0", true), new LevelBaru("UPK1", "UPK level-1", true),
                        new LevelBaru("UPK2", "UPK level-2", false)),
                "Kementerian Koordinator Bidang Kemaritiman dan Investasi", "MARVES", "Menteri Koordinator"));
        unitIds.put("MARVES", org.unitAkarId());
        organisasi.bukaTahunTanpaPemeriksaan(org.id(), TAHUN_DEMO);

        unit("M-SESMENKO", "MARVES", "Sekretariat Kementerian Koordinator", JenisUnit.UNIT_KERJA, true,
                "Sekretaris Kementerian Koordinator");
        unit("M-ROREN", "M-SESMENKO", "Biro Perencanaan dan Keuangan", JenisUnit.UNIT_KERJA, false,
                "Kepala Biro Perencanaan dan Keuangan");
        unit("M-INSPEKTORAT", "M-SESMENKO", "Inspektorat", JenisUnit.UNIT_KERJA, false, "Inspektur");
        unit("M-DEP1", "MARVES", "Deputi Bidang Koordinasi Kedaulatan Maritim dan Energi", JenisUnit.UNIT_KERJA,
                true, "Deputi Bidang Koordinasi Kedaulatan Maritim dan Energi");
        unit("M-SESDEP1", "M-DEP1", "Sekretariat Deputi Kedaulatan Maritim dan Energi", JenisUnit.UNIT_KERJA,
                false, "Sekretaris Deputi");
        unit("M-ASDEP-EN", "M-DEP1", "Asisten Deputi Energi", JenisUnit.UNIT_KERJA, false,
                "Asisten Deputi Energi");
        unit("M-ASDEP-KM", "M-DEP1", "Asisten Deputi Keamanan dan Ketahanan Maritim", JenisUnit.UNIT_KERJA,
                false, "Asisten Deputi Keamanan dan Ketahanan Maritim");
        unit("M-DEP2", "MARVES", "Deputi Bidang Koordinasi Investasi dan Pertambangan", JenisUnit.UNIT_KERJA,
                true, "Deputi Bidang Koordinasi Investasi dan Pertambangan");
        unit("M-ASDEP-INV", "M-DEP2", "Asisten Deputi Investasi", JenisUnit.UNIT_KERJA, false,
                "Asisten Deputi Investasi");
        unit("M-STAF-AHLI", "MARVES", "Staf Ahli Bidang Ekonomi Maritim", JenisUnit.JABATAN, false,
                "Staf Ahli Bidang Ekonomi Maritim");
    }

    private void akunKemenlu(String hash) {
        akun("kemenlu.pko", "Ratna Dewi Kusuma", "Kepala Bagian Manajemen Kinerja", "Pembina (IV/a)", hash,
                Map.entry("KEMENLU", Peran.PKO_PUSAT));
        akun("kemenlu.pkounit", "Hendra Wijaya", "Pengelola Kinerja Sekretariat Jenderal", "Penata Tk. I (III/d)",
                hash, Map.entry("SETJEN", Peran.PKO_UNIT));
        akun("kemenlu.perencana", "Siti Nurhaliza", "Perencana Ahli Muda", "Penata (III/c)", hash,
                Map.entry("ROREN", Peran.PERENCANA));
        akun("kemenlu.perencana2", "Bima Prasetyo", "Perencana Ahli Pertama", "Penata Muda Tk. I (III/b)", hash,
                Map.entry("ASTIMPAS", Peran.PERENCANA));
        akun("kemenlu.pimpinan", "Dr. Agus Santoso", "Sekretaris Jenderal", "Pembina Utama (IV/e)", hash,
                Map.entry("SETJEN", Peran.PIMPINAN));
        akun("kemenlu.pimpinan2", "Dra. Sri Wahyuni, M.A.", "Direktur Jenderal Asia Pasifik dan Afrika",
                "Pembina Utama (IV/e)", hash, Map.entry("ASPASAF", Peran.PIMPINAN));
        akun("kemenlu.validator", "Maya Anggraini", "Auditor Ahli Madya", "Pembina Tk. I (IV/b)", hash,
                Map.entry("ROREN", Peran.VALIDATOR), Map.entry("ASTIMPAS", Peran.VALIDATOR));
    }

    private void akunMarves(String hash) {
        akun("marves.pko", "Yudi Hartono", "Kepala Bagian Perencanaan", "Pembina (IV/a)", hash,
                Map.entry("MARVES", Peran.PKO_PUSAT));
        akun("marves.pkounit", "Lestari Putri", "Pengelola Kinerja Sekretariat Deputi", "Penata (III/c)", hash,
                Map.entry("M-DEP1", Peran.PKO_UNIT));
        akun("marves.perencana", "Andi Saputra", "Perencana Ahli Muda", "Penata Tk. I (III/d)", hash,
                Map.entry("M-ASDEP-EN", Peran.PERENCANA));
        akun("marves.pimpinan", "Ir. Bambang Sutrisno", "Deputi Bidang Koordinasi Kedaulatan Maritim dan Energi",
                "Pembina Utama Madya (IV/d)", hash, Map.entry("M-DEP1", Peran.PIMPINAN));
        akun("marves.validator", "Rina Marlina", "Auditor Ahli Muda", "Penata Tk. I (III/d)", hash,
                Map.entry("M-ASDEP-EN", Peran.VALIDATOR), Map.entry("M-ROREN", Peran.VALIDATOR));
    }

    private void unit(String kode, String induk, String nama, JenisUnit jenis, boolean pemilikPeta, String kepala) {
        Long id = units.buat(new UnitParameters(unitIds.get(induk), kode, nama, jenis, pemilikPeta, kepala,
                unitIds.size())).id();
        unitIds.put(kode, id);
    }

    @SafeVarargs
    private void akun(String username, String nama, String jabatan, String pangkat, String hash,
            Map.Entry<String, Peran>... penugasan) {
        var tugas = Arrays.stream(penugasan).map(e -> Map.entry(unitIds.get(e.getKey()), e.getValue()))
                .toList();
        pengguna.buatAkunAwal(username, nipDemo(), nama, jabatan, pangkat, hash, false, tugas);
    }

    /** Well-formed, clearly fictitious NIPs: born 1980-1989, appointed 2008, sequence 9xx. */
    private String nipDemo() {
        int n = nipUrut++;
        return String.format("198%d0%d1%d2008%02d%d9%02d", n % 10, 1 + n % 9, n % 3, 1 + n % 12, 1 + n % 2, n);
    }
}
