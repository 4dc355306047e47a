package id.kinerja.perencanaan;

import id.kinerja.audit.AuditAksi;
import id.kinerja.audit.AuditService;
import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write door for other modules that start a PK from a plain description (the Renstra's SS,
 * IKU and the year's targets): one new draft (AWAL, version 1) the planner then edits as usual.
 * Refused when the unit already has a PK for the year. The Manual IKU of an IKU of the same name
 * in the unit's PK of the year before is carried over (its Y-1 data shifted by a year); other IKU
 * get an annual reporting period and no validity/control yet — the PK's submission check lists
 * what is still to fill in, so nothing is invented.
 */
@Service
public class DrafPkApi {

    static final int MAKS_SS = 50;
    static final int MAKS_IKU = 200;

    private final PerencanaanService perencanaan;
    private final TampilanPkService tampilan;
    private final PerjanjianKinerjaRepository pks;
    private final SasaranStrategisRepository sasaran;
    private final IkuRepository ikus;
    private final AuditService audit;

    DrafPkApi(PerencanaanService perencanaan, TampilanPkService tampilan, PerjanjianKinerjaRepository pks,
            SasaranStrategisRepository sasaran, IkuRepository ikus, AuditService audit) {
        this.perencanaan = perencanaan;
        this.tampilan = tampilan;
        this.pks = pks;
        this.sasaran = sasaran;
        this.ikus = ikus;
        this.audit = audit;
    }

    /** One IKU: its name, unit of measure and the year's target (null = to be filled in). */
    public record IkuDraf(String kode, String nama, String satuan, BigDecimal target) {
    }

    public record SsDraf(String nama, List<IkuDraf> iku) {
    }

    /**
     * @param kodeBerbeda the description's IKU codes that the PK numbered differently ("IKU 1.1 → S2.1-N"):
     *                    the PK's codes derive from the map (perspective, position) and order
     */
    public record Hasil(Long pkId, int jumlahSs, int jumlahIku, int manualDariTahunLalu, List<String> kodeBerbeda)
            implements java.io.Serializable {

        // carried to the PK page as a flash attribute, which lives in the (JDBC) session
        public Hasil {
            kodeBerbeda = List.copyOf(kodeBerbeda);
        }
    }

    /**
     * Creates the unit's draft PK of the year from the description; {@code sumber} names it in the
     * audit trail (e.g. "Renstra 2025–2029"). The caller needs SUSUN on the unit (checked here).
     */
    @Transactional
    public Hasil buatDraf(Long unitId, int tahun, List<SsDraf> isi, String sumber) {
        periksa(isi);
        // refuses another PK for the same unit and year ("pk.sudahAda") and checks SUSUN
        PerencanaanService.PkView baru = perencanaan.buka(unitId, tahun);
        if (!baru.pemilikPeta()) {
            // other units adopt their SS from the map above (cascading), not from a plan of their own
            throw new BusinessRuleException("unit", "pk.draf.bukanPemilikPeta");
        }
        // the latest version of last year's PK, if any (no exception: it would doom the transaction)
        PerencanaanService.PkView lalu = pks.findByUnitIdOrderByTahunAnggaranTahunDescNomorVersiDesc(unitId).stream()
                .filter(p -> p.getTahunAnggaran().getTahun() == tahun - 1).findFirst().map(tampilan::view)
                .orElse(null);
        Map<String, PerencanaanService.SsView> ssLalu = new LinkedHashMap<>();
        Map<String, PerencanaanService.IkuView> ikuLalu = new LinkedHashMap<>();
        if (lalu != null) {
            for (PerencanaanService.SsView s : lalu.sasaran()) {
                ssLalu.putIfAbsent(normal(s.nama()), s);
                s.iku().forEach(i -> ikuLalu.putIfAbsent(normal(i.nama()), i));
            }
        }
        Perspective bawaan = baru.perspektif().isEmpty() ? Perspective.STAKEHOLDER : baru.perspektif().get(0);
        PerjanjianKinerja pk = pks.findById(baru.id()).orElseThrow(() -> new NotFoundException("PK", baru.id()));
        Map<Perspective, Integer> posisi = new EnumMap<>(Perspective.class);
        List<Iku> dibuat = new ArrayList<>();
        List<String> kodeAsal = new ArrayList<>();
        int jumlahIku = 0;
        int dariLalu = 0;
        for (SsDraf s : isi) {
            PerencanaanService.SsView asal = ssLalu.get(normal(s.nama()));
            Perspective p = asal != null && (baru.perspektif().isEmpty() || baru.perspektif().contains(asal.perspektif()))
                    ? asal.perspektif() : bawaan;
            SasaranStrategis ss = pk.tambahSasaran();
            ss.ubah(s.nama().strip(), asal == null ? null : asal.deskripsi(), p, posisi.merge(p, 1, Integer::sum));
            int urutan = 0;
            for (IkuDraf d : s.iku()) {
                PerencanaanService.IkuView m = ikuLalu.get(normal(d.nama()));
                Iku iku = new Iku(ss);
                iku.terapkan(parameter(++urutan, d, m == null ? null : m.manual()));
                pk.tambahIku(ss, iku);
                dibuat.add(iku);
                kodeAsal.add(d.kode());
                jumlahIku++;
                if (m != null) {
                    dariLalu++;
                }
            }
        }
        sasaran.flush();
        ikus.flush();
        Pengkodean.kodeUlang(sasaran.findByPkId(pk.getId()), ikus.findByPkId(pk.getId()));
        ikus.flush();
        List<String> berbeda = new ArrayList<>();
        for (int i = 0; i < dibuat.size(); i++) {
            String k = kodeAsal.get(i);
            if (k != null && !k.isBlank() && !k.strip().equals(dibuat.get(i).getKode())) {
                berbeda.add(k.strip() + " → " + dibuat.get(i).getKode());
            }
        }
        audit.catat(AuditAksi.BUAT, "PerjanjianKinerja", pk.getId(), unitId, null,
                Map.of("tahun", tahun, "sasaran", isi.size(), "iku", jumlahIku, "manualDariTahunLalu", dariLalu),
                "Draf PK dari " + (sumber == null ? "rencana lain" : sumber));
        return new Hasil(pk.getId(), isi.size(), jumlahIku, dariLalu, berbeda);
    }

    private static IkuParameters parameter(int urutan, IkuDraf d, IkuParameters m) {
        if (m == null) {
            // an annual IKU: the Renstra gives one target a year, no trajectory is invented
            return new IkuParameters(urutan,
                    new UraianIku(d.nama().strip(), null, null, null, d.satuan().strip(), null, null, null),
                    new KlasifikasiIku(null, null, null, Polarization.MAXIMIZE),
                    new KonsolidasiIku(JenisCascading.N, null, PeriodConsolidation.SUM, null, JenisPeriode.TAHUN),
                    new TargetIku(false, d.target(), null, null, null, null), RiwayatIku.KOSONG);
        }
        // last year's Manual IKU with this year's name, unit and target; its year-1 data becomes year-2
        return new IkuParameters(urutan,
                m.uraian().withNama(d.nama().strip()).withSatuan(d.satuan().strip()),
                m.klasifikasi(), m.konsolidasi(),
                new TargetIku(m.targetMaksimum(), d.target(), null, null, m.labelPembilang(), m.labelPenyebut()),
                new RiwayatIku(m.dataY1Target(), m.dataY1Realisasi(), m.target(), null));
    }

    private static void periksa(List<SsDraf> isi) {
        if (isi == null || isi.isEmpty()) {
            throw new BusinessRuleException("sasaran", "pk.draf.kosong");
        }
        if (isi.size() > MAKS_SS || isi.stream().mapToInt(s -> s.iku() == null ? 0 : s.iku().size()).sum() > MAKS_IKU) {
            throw new BusinessRuleException("sasaran", "pk.draf.terlaluBanyak", MAKS_SS, MAKS_IKU);
        }
        for (SsDraf s : isi) {
            if (s.nama() == null || s.nama().isBlank() || s.nama().length() > 500 || s.iku() == null) {
                throw new BusinessRuleException("sasaran", "pk.draf.ssTidakSah");
            }
            for (IkuDraf i : s.iku()) {
                if (i.nama() == null || i.nama().isBlank() || i.nama().length() > 500 || i.satuan() == null
                        || i.satuan().isBlank() || i.satuan().length() > 60
                        || (i.target() != null && i.target().signum() <= 0)) {
                    throw new BusinessRuleException("iku", "pk.draf.ikuTidakSah", i.kode() == null ? "" : i.kode());
                }
            }
        }
    }

    private static String normal(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
