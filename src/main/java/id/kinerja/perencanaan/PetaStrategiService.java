package id.kinerja.perencanaan;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.scoring.Perspective;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Peta Strategi of one PK version: its Sasaran Strategis in perspective bands (stakeholder at
 * the top, learning &amp; growth at the bottom), left to right by their position, and the cause →
 * effect arrows between them. The whole drawing is laid out here (band, box and arrow
 * coordinates in SVG user units), so the web page, the print view and the PDF only draw it.
 */
@Service
public class PetaStrategiService {

    // --- layout, in SVG user units (≈ CSS px at 100 %)
    static final int TEPI = 12;
    static final int LEBAR_LABEL = 44;
    static final int LEBAR_KOTAK = 200;
    static final int JARAK_KOTAK = 40;
    static final int KOLOM_MIN = 4;
    static final int RUANG_PANAH = 34;
    static final int JARAK_PITA = 6;
    static final int TINGGI_PITA_MIN = 140;
    static final int HURUF_PER_BARIS = 28;
    static final int BARIS_MAKS = 4;
    private static final int BARIS_KODE = 19;
    private static final int BARIS_PERTAMA = 36;
    private static final int TINGGI_BARIS = 15;

    private final PerjanjianKinerjaRepository pks;
    private final SasaranStrategisRepository sasaran;
    private final PetaPanahRepository panah;
    private final AksesService akses;
    private final PerencanaanService perencanaan;

    PetaStrategiService(PerjanjianKinerjaRepository pks, SasaranStrategisRepository sasaran, PetaPanahRepository panah,
            AksesService akses, PerencanaanService perencanaan) {
        this.perencanaan = perencanaan;
        this.pks = pks;
        this.sasaran = sasaran;
        this.panah = panah;
        this.akses = akses;
    }

    // ---------------------------------------------------------------------------------------
    // use cases

    /** The map of a PK version, laid out for drawing; needs LIHAT on the PK's unit. */
    @Transactional(readOnly = true)
    public PetaView peta(Long pkId) {
        PerjanjianKinerja pk = muat(pkId);
        akses.periksa(Aksi.LIHAT, pk.getUnit().getId());
        return view(pk);
    }

    /**
     * Adds a cause → effect arrow between two SS of this PK. Refused at the field: a missing or
     * foreign SS, an arrow from an SS to itself, an arrow that already exists.
     */
    @Transactional
    public Long tambahPanah(Long pkId, long version, Long dariSsId, Long keSsId) {
        PerjanjianKinerja pk = perencanaan.muatUntukDiubah(pkId, version);
        List<BusinessRuleException> salah = new ArrayList<>();
        SasaranStrategis dari = sasaranMilik(pk, dariSsId, "dari", salah);
        SasaranStrategis ke = sasaranMilik(pk, keSsId, "ke", salah);
        if (!salah.isEmpty()) {
            throw BusinessRuleException.semua(salah);
        }
        if (dari.getId().equals(ke.getId())) {
            throw new BusinessRuleException("ke", "peta.panah.diriSendiri");
        }
        if (panah.existsByDariIdAndKeId(dari.getId(), ke.getId())) {
            throw new BusinessRuleException("ke", "peta.panah.sudahAda", dari.getKode(), ke.getKode());
        }
        PetaPanah baru = pk.tambahPanah(dari, ke);
        panah.flush();
        return baru.getId();
    }

    @Transactional
    public void hapusPanah(Long pkId, long version, Long panahId) {
        PerjanjianKinerja pk = perencanaan.muatUntukDiubah(pkId, version);
        PetaPanah p = panah.findById(panahId).filter(x -> x.getPk().getId().equals(pkId))
                .orElseThrow(() -> new NotFoundException("Panah peta strategi", panahId));
        pk.hapusPanah(p);
        panah.flush();
    }

    // ---------------------------------------------------------------------------------------
    // views

    /** One line of a wrapped SS name, with its baseline. */
    public record Baris(String teks, int y) {
    }

    /** An SS box: rectangle, centre line for the text, code baseline and wrapped name lines. */
    public record Kotak(Long ssId, String kode, String nama, Perspective perspektif, int posisi, int x, int y,
            int lebar, int tinggi, int tengahX, int kodeY, List<Baris> baris, String warna) {
    }

    /** A perspective band: its rectangle, the rotated label's centre, colours, and its boxes left to right. */
    public record Pita(Perspective perspektif, int x, int y, int lebar, int tinggi, int lebarLabel, int labelX,
            int labelY, String warna, String warnaLatar, List<Kotak> kotak) {
    }

    /** An arrow with its SVG path ({@code d}) from the cause box to the effect box. */
    public record PanahView(Long id, Long dariId, String dariKode, String dariNama, Long keId, String keKode,
            String keNama, String d) {
    }

    /** An SS to choose in the arrow form. */
    public record SsPilihan(Long id, String kode, String nama, Perspective perspektif) {
    }

    public record PetaView(Long pkId, Long unitId, String unit, String unitKode, boolean pemilikPeta, int tahun,
            int nomorVersi, JenisPk jenis, StatusPk status, boolean bolehUbah, int lebar, int tinggi,
            List<Pita> pita, List<PanahView> panah, List<SsPilihan> sasaran, long version) {

        public boolean kosong() {
            return sasaran.isEmpty();
        }
    }

    private PetaView view(PerjanjianKinerja pk) {
        List<SasaranStrategis> ss = sasaran.findByPkId(pk.getId()).stream()
                .sorted(Comparator.comparing((SasaranStrategis s) -> s.getPerspektif().ordinal())
                        .thenComparingInt(SasaranStrategis::getPosisi).thenComparing(SasaranStrategis::getId))
                .toList();
        Tata tata = tata(ss);
        Map<Long, Integer> urutan = new HashMap<>();
        for (int i = 0; i < ss.size(); i++) {
            urutan.put(ss.get(i).getId(), i);
        }
        List<PetaPanah> semua = panah.findByPkId(pk.getId()).stream()
                .filter(p -> tata.kotak().containsKey(p.getDari().getId())
                        && tata.kotak().containsKey(p.getKe().getId()))
                .sorted(Comparator.comparing((PetaPanah p) -> urutan.get(p.getDari().getId()))
                        .thenComparing(p -> urutan.get(p.getKe().getId())))
                .toList();
        Map<Long, String> jalur = jalur(tata, semua);
        List<PanahView> panahViews = semua.stream().map(p -> {
            Kotak dari = tata.kotak().get(p.getDari().getId());
            Kotak ke = tata.kotak().get(p.getKe().getId());
            return new PanahView(p.getId(), dari.ssId(), dari.kode(), dari.nama(), ke.ssId(), ke.kode(), ke.nama(),
                    jalur.get(p.getId()));
        }).toList();
        Long unitId = pk.getUnit().getId();
        return new PetaView(pk.getId(), unitId, pk.getUnit().getNama(), pk.getUnit().getKode(),
                pk.getUnit().isPemilikPeta(), pk.getTahunAnggaran().getTahun(), pk.getNomorVersi(), pk.getJenis(),
                pk.getStatus(), pk.getStatus().dapatDiubah() && akses.boleh(Aksi.SUSUN, unitId), tata.lebar(),
                tata.tinggi(), tata.pita(), panahViews,
                ss.stream().map(s -> new SsPilihan(s.getId(), s.getKode(), s.getNama(), s.getPerspektif())).toList(),
                pk.getVersion());
    }

    // ---------------------------------------------------------------------------------------
    // layout

    private record Tata(int lebar, int tinggi, List<Pita> pita, Map<Long, Kotak> kotak, Map<Long, Integer> pitaKe,
            Map<Long, Integer> kolomKe) {
    }

    /** Bands top to bottom in perspective order (only those with SS); boxes spread evenly in each band. */
    private static Tata tata(List<SasaranStrategis> ss) {
        Map<Perspective, List<SasaranStrategis>> perPita = new EnumMap<>(Perspective.class);
        for (SasaranStrategis s : ss) {
            perPita.computeIfAbsent(s.getPerspektif(), p -> new ArrayList<>()).add(s);
        }
        int kolom = Math.max(KOLOM_MIN, perPita.values().stream().mapToInt(List::size).max().orElse(0));
        int lebarIsi = kolom * (LEBAR_KOTAK + JARAK_KOTAK);
        int lebar = 2 * TEPI + LEBAR_LABEL + lebarIsi;
        Map<Long, List<String>> nama = ss.stream()
                .collect(Collectors.toMap(SasaranStrategis::getId, s -> bungkus(s.getNama(), HURUF_PER_BARIS,
                        BARIS_MAKS)));
        int barisMaks = Math.max(2, nama.values().stream().mapToInt(List::size).max().orElse(1));
        int tinggiKotak = BARIS_PERTAMA + TINGGI_BARIS * (barisMaks - 1) + 10;
        int tinggiPita = Math.max(TINGGI_PITA_MIN, tinggiKotak + 2 * RUANG_PANAH);

        List<Pita> pita = new ArrayList<>();
        Map<Long, Kotak> kotak = new LinkedHashMap<>();
        Map<Long, Integer> pitaKe = new HashMap<>();
        Map<Long, Integer> kolomKe = new HashMap<>();
        int y = TEPI;
        for (Map.Entry<Perspective, List<SasaranStrategis>> e : perPita.entrySet()) {
            List<SasaranStrategis> isi = e.getValue();
            String warna = warna(e.getKey());
            double lebarSlot = (double) lebarIsi / isi.size();
            int kotakY = y + (tinggiPita - tinggiKotak) / 2;
            List<Kotak> daftar = new ArrayList<>();
            for (int i = 0; i < isi.size(); i++) {
                SasaranStrategis s = isi.get(i);
                int x = (int) Math.round(TEPI + LEBAR_LABEL + lebarSlot * i + (lebarSlot - LEBAR_KOTAK) / 2);
                List<Baris> baris = new ArrayList<>();
                List<String> teks = nama.get(s.getId());
                for (int b = 0; b < teks.size(); b++) {
                    baris.add(new Baris(teks.get(b), kotakY + BARIS_PERTAMA + TINGGI_BARIS * b));
                }
                Kotak k = new Kotak(s.getId(), s.getKode(), s.getNama(), s.getPerspektif(), s.getPosisi(), x, kotakY,
                        LEBAR_KOTAK, tinggiKotak, x + LEBAR_KOTAK / 2, kotakY + BARIS_KODE, List.copyOf(baris),
                        warna);
                daftar.add(k);
                kotak.put(s.getId(), k);
                pitaKe.put(s.getId(), pita.size());
                kolomKe.put(s.getId(), i);
            }
            pita.add(new Pita(e.getKey(), TEPI, y, lebar - 2 * TEPI, tinggiPita, LEBAR_LABEL, TEPI + LEBAR_LABEL / 2,
                    y + tinggiPita / 2, warna, warnaLatar(e.getKey()), List.copyOf(daftar)));
            y += tinggiPita + JARAK_PITA;
        }
        int tinggi = pita.isEmpty() ? 2 * TEPI : y - JARAK_PITA + TEPI;
        return new Tata(lebar, tinggi, List.copyOf(pita), kotak, pitaKe, kolomKe);
    }

    private enum Sisi { ATAS, BAWAH, KIRI, KANAN }

    /** One end of an arrow on a side of a box; its offset along that side is assigned afterwards. */
    private static final class Ujung {
        final Long panahId;
        final Kotak kotak;
        final Sisi sisi;
        final Kotak lawan;
        int x;
        int y;

        Ujung(Long panahId, Kotak kotak, Sisi sisi, Kotak lawan) {
            this.panahId = panahId;
            this.kotak = kotak;
            this.sisi = sisi;
            this.lawan = lawan;
        }
    }

    /**
     * SVG paths of the arrows. Between bands: an S-curve from the top (or bottom) of the cause box to
     * the facing side of the effect box. Within a band: a straight line between neighbours, an arc
     * over the band for boxes further apart. Several arrows on one side of a box are spread along
     * it, ordered by where their other end lies, so they do not start from the same point.
     */
    private static Map<Long, String> jalur(Tata tata, List<PetaPanah> semua) {
        Map<Long, Ujung[]> ujung = new LinkedHashMap<>();
        for (PetaPanah p : semua) {
            Long dariId = p.getDari().getId();
            Long keId = p.getKe().getId();
            Kotak dari = tata.kotak().get(dariId);
            Kotak ke = tata.kotak().get(keId);
            int pd = tata.pitaKe().get(dariId);
            int pk = tata.pitaKe().get(keId);
            Sisi sd;
            Sisi sk;
            if (pd > pk) {
                sd = Sisi.ATAS;
                sk = Sisi.BAWAH;
            } else if (pd < pk) {
                sd = Sisi.BAWAH;
                sk = Sisi.ATAS;
            } else if (Math.abs(tata.kolomKe().get(dariId) - tata.kolomKe().get(keId)) == 1) {
                boolean kanan = dari.x() < ke.x();
                sd = kanan ? Sisi.KANAN : Sisi.KIRI;
                sk = kanan ? Sisi.KIRI : Sisi.KANAN;
            } else {
                sd = Sisi.ATAS;
                sk = Sisi.ATAS;
            }
            ujung.put(p.getId(), new Ujung[] {new Ujung(p.getId(), dari, sd, ke), new Ujung(p.getId(), ke, sk, dari)});
        }
        Map<String, List<Ujung>> perSisi = ujung.values().stream().flatMap(u -> Arrays.stream(u))
                .collect(Collectors.groupingBy(u -> u.kotak.ssId() + ":" + u.sisi, LinkedHashMap::new,
                        Collectors.toList()));
        for (List<Ujung> daftar : perSisi.values()) {
            boolean mendatar = daftar.get(0).sisi == Sisi.ATAS || daftar.get(0).sisi == Sisi.BAWAH;
            List<Ujung> urut = daftar.stream()
                    .sorted(Comparator.comparingInt((Ujung u) -> mendatar ? u.lawan.tengahX()
                            : u.lawan.y() + u.lawan.tinggi() / 2).thenComparing(u -> u.panahId))
                    .toList();
            int n = urut.size();
            for (int i = 0; i < n; i++) {
                Ujung u = urut.get(i);
                Kotak k = u.kotak;
                double t = (i + 1.0) / (n + 1.0);
                switch (u.sisi) {
                    case ATAS, BAWAH -> {
                        u.x = (int) Math.round(k.x() + k.lebar() * (0.15 + 0.7 * t));
                        u.y = u.sisi == Sisi.ATAS ? k.y() : k.y() + k.tinggi();
                    }
                    case KIRI, KANAN -> {
                        u.x = u.sisi == Sisi.KIRI ? k.x() : k.x() + k.lebar();
                        u.y = (int) Math.round(k.y() + k.tinggi() * (0.2 + 0.6 * t));
                    }
                    default -> throw new IllegalStateException();
                }
            }
        }
        Map<Long, String> out = new HashMap<>();
        for (Map.Entry<Long, Ujung[]> e : ujung.entrySet()) {
            Ujung a = e.getValue()[0];
            Ujung b = e.getValue()[1];
            String d;
            if (a.sisi == Sisi.KIRI || a.sisi == Sisi.KANAN) {
                d = "M " + a.x + " " + a.y + " L " + b.x + " " + b.y;
            } else if (a.sisi == b.sisi) {
                int puncak = Math.min(a.y, b.y) - (int) Math.round((RUANG_PANAH - 6) / 0.75);
                d = "M " + a.x + " " + a.y + " C " + a.x + " " + puncak + ", " + b.x + " " + puncak + ", " + b.x + " "
                        + b.y;
            } else {
                int tengah = (a.y + b.y) / 2;
                d = "M " + a.x + " " + a.y + " C " + a.x + " " + tengah + ", " + b.x + " " + tengah + ", " + b.x + " "
                        + b.y;
            }
            out.put(e.getKey(), d);
        }
        return out;
    }

    /**
     * Word-wraps {@code teks} into lines of at most {@code lebar} characters (a longer word is cut),
     * at most {@code maks} lines; when more would be needed the last line ends with an ellipsis.
     */
    static List<String> bungkus(String teks, int lebar, int maks) {
        List<String> baris = new ArrayList<>();
        StringBuilder kini = new StringBuilder();
        for (String kata : (teks == null ? "" : teks.strip()).split("\\s+")) {
            if (kata.isEmpty()) {
                continue;
            }
            while (kata.length() > lebar) {
                if (!kini.isEmpty()) {
                    baris.add(kini.toString());
                    kini.setLength(0);
                }
                baris.add(kata.substring(0, lebar));
                kata = kata.substring(lebar);
            }
            if (kini.isEmpty()) {
                kini.append(kata);
            } else if (kini.length() + 1 + kata.length() <= lebar) {
                kini.append(' ').append(kata);
            } else {
                baris.add(kini.toString());
                kini.setLength(0);
                kini.append(kata);
            }
        }
        if (!kini.isEmpty()) {
            baris.add(kini.toString());
        }
        if (baris.size() <= maks) {
            return baris;
        }
        List<String> potong = new ArrayList<>(baris.subList(0, maks));
        String akhir = potong.get(maks - 1);
        if (akhir.length() >= lebar) {
            akhir = akhir.substring(0, lebar - 1).stripTrailing();
        }
        potong.set(maks - 1, akhir + "…");
        return potong;
    }

    private static String warna(Perspective p) {
        return switch (p) {
            case STAKEHOLDER -> "#1f4e79";
            case CUSTOMER, STAKEHOLDER_CUSTOMER -> "#2e7d32";
            case INTERNAL_PROCESS -> "#9a5b00";
            case LEARNING_GROWTH -> "#6a1b9a";
        };
    }

    private static String warnaLatar(Perspective p) {
        return switch (p) {
            case STAKEHOLDER -> "#e9f0f8";
            case CUSTOMER, STAKEHOLDER_CUSTOMER -> "#eaf5eb";
            case INTERNAL_PROCESS -> "#fcf3e4";
            case LEARNING_GROWTH -> "#f4ebf8";
        };
    }

    // ---------------------------------------------------------------------------------------
    // helpers

    private PerjanjianKinerja muat(Long pkId) {
        return pks.findLengkap(pkId).orElseThrow(() -> new NotFoundException("Perjanjian Kinerja", pkId));
    }

    private SasaranStrategis sasaranMilik(PerjanjianKinerja pk, Long ssId, String field,
            List<BusinessRuleException> salah) {
        if (ssId == null) {
            salah.add(new BusinessRuleException(field, "peta.panah." + field + ".wajib"));
            return null;
        }
        SasaranStrategis s = sasaran.findById(ssId).filter(x -> x.getPk().getId().equals(pk.getId())).orElse(null);
        if (s == null) {
            salah.add(new BusinessRuleException(field, "peta.panah.bukanSsPk"));
        }
        return s;
    }
}
