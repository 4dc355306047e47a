package id.kinerja.realisasi.web;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.perencanaan.RencanaKinerjaApi.IkuRencana;
import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.platform.angka.BatasAngka;
import id.kinerja.platform.angka.HasilAngka;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.realisasi.KodePeriode;
import id.kinerja.realisasi.RealisasiService;
import id.kinerja.realisasi.SkorService;
import id.kinerja.scoring.Scores;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The realisation API (docs/realisasi-api.md): plans in force, values, and capaian from the one engine. */
@RestController
class RealisasiApiController {

    private final RealisasiService realisasi;
    private final SkorService skor;

    RealisasiApiController(RealisasiService realisasi, SkorService skor) {
        this.realisasi = realisasi;
        this.skor = skor;
    }

    record Rentang(BigDecimal low, BigDecimal high) {
    }

    record Trajektori(String period, BigDecimal target) {
    }

    record Dari(String unit, String iku) {
    }

    record Derived(String method, String locationConsolidation, List<Dari> from) {
    }

    record Indikator(String code, String sasaran, String perspective, String polarization,
            String periodConsolidation, String reportingPeriod, boolean rawData, boolean maxTarget, String validity,
            String control, String quality, BigDecimal target, Rentang targetRange, List<Trajektori> trajectory,
            Derived derived) {
    }

    record Pk(String unit, int tahun, int versi, int berlakuMulaiTriwulan, String status, String rulebook,
            boolean mapOwner, List<Indikator> indicators) {
    }

    @GetMapping(path = "/api/v1/pk/{unitKode}/{tahun}", produces = MediaType.APPLICATION_JSON_VALUE)
    Pk pk(@PathVariable String unitKode, @PathVariable int tahun) {
        UnitInfo unit = realisasi.unitDenganKode(unitKode);
        RealisasiService.PkHariIni h = realisasi.pkHariIni(unit.id(), tahun);
        List<Indikator> ind = h.pk().iku().stream().map(i -> indikator(i, h.turunan().get(i.id()))).toList();
        return new Pk(unit.kode(), tahun, h.pk().nomorVersi(), h.pk().berlakuMulaiTriwulan(), h.pk().status().name(),
                h.rulebook(), unit.pemilikPeta(), ind);
    }

    private static Indikator indikator(IkuRencana i, SkorService.Turunan t) {
        List<Trajektori> traj = new ArrayList<>();
        for (int n = 1; n <= i.trajektori().size(); n++) {
            traj.add(new Trajektori(new KodePeriode(i.periodePelaporan(), n).kode(), i.trajektori().get(n - 1)));
        }
        boolean range = i.targetBawah() != null || i.targetAtas() != null;
        return new Indikator(i.kode(), i.ssKode(), name(i.perspektif()), name(i.polarisasi()),
                name(i.konsolidasiPeriode()), name(i.periodePelaporan()), i.rawData(), i.targetMaksimum(),
                name(i.validitas()), name(i.kendali()), name(i.kualitas()), i.target(),
                range ? new Rentang(i.targetBawah(), i.targetAtas()) : null, traj,
                t == null ? null : new Derived(t.metode().name(), name(t.konsolidasiLokasi()),
                        t.dari().stream().map(s -> new Dari(s.unitKode(), s.ikuKode())).toList()));
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    @GetMapping(path = "/api/v1/realisasi/{unitKode}/{tahun}", produces = MediaType.APPLICATION_JSON_VALUE)
    RealisasiService.DaftarNilai daftar(@PathVariable String unitKode, @PathVariable int tahun) {
        return realisasi.daftar(realisasi.unitDenganKode(unitKode).id(), tahun);
    }

    record Nilai(String iku, String period, BigDecimal nilai, BigDecimal pembilang, BigDecimal penyebut, String label,
            boolean na, String alasan, String status, boolean locked, boolean derived, long version) {
    }

    @PutMapping(path = "/api/v1/realisasi/{unitKode}/{tahun}/{ikuKode}/{period}",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Nilai simpan(@PathVariable String unitKode, @PathVariable int tahun, @PathVariable String ikuKode,
            @PathVariable String period, @RequestBody JsonNode body) {
        UnitInfo unit = realisasi.unitDenganKode(unitKode);
        if (body == null || !body.isObject()) {
            throw new BusinessRuleException("nilai", "realisasi.api.bukanObjek");
        }
        JsonNode na = body.get("na");
        if (na != null && !na.isNull() && !na.isBoolean()) {
            throw new BusinessRuleException("na", "realisasi.api.bukanBoolean", "na");
        }
        Long version = null;
        JsonNode v = body.get("version");
        if (v != null && !v.isNull()) {
            if (!v.isIntegralNumber()) {
                throw new BusinessRuleException("version", "realisasi.api.bukanAngkaBulat", "version");
            }
            version = v.longValue();
        }
        RealisasiService.Masukan m = new RealisasiService.Masukan(angka(body, "nilai"), angka(body, "pembilang"),
                angka(body, "penyebut"), teks(body, "label"), na != null && na.booleanValue(), teks(body, "alasan"));
        RealisasiService.NilaiView r = realisasi.simpan(unit.id(), tahun, ikuKode, period, m, version);
        return new Nilai(r.iku(), r.period(), r.nilai(), r.pembilang(), r.penyebut(), r.label(), r.na(), r.alasan(),
                r.status().name(), r.locked(), r.derived(), r.version());
    }

    /**
     * A JSON number with every digit it was sent with (floats are read as BigDecimal, see
     * platform.web.JsonBatas), bounded by precision and scale before it is ever expanded, then
     * written the way the one parser reads it; a string in Indonesian notation ("1.250,5") goes to
     * that parser as typed. The column's own bound is applied by the service.
     */
    private static String angka(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            HasilAngka h = n.isFloatingPointNumber() && !n.isBigDecimal()
                    ? AngkaIndonesia.dariDouble(n.doubleValue(), BatasAngka.NILAI)
                    : AngkaIndonesia.periksa(n.decimalValue(), BatasAngka.NILAI);
            if (!h.sah()) {
                throw new BusinessRuleException(field, h.kode(), h.argumenPesan());
            }
            return AngkaIndonesia.tulis(h.nilai());
        }
        if (n.isString()) {
            return n.stringValue();
        }
        throw new BusinessRuleException(field, "realisasi.angka.tidakSah", n.toString().length() > 40
                ? n.toString().substring(0, 40) : n.toString());
    }

    private static String teks(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isString()) {
            throw new BusinessRuleException(field, "realisasi.api.bukanTeks", field);
        }
        return n.stringValue();
    }

    record IndikatorCapaian(String code, BigDecimal target, Rentang targetRange, BigDecimal realisasi,
            BigDecimal capaian, BigDecimal bobot, BigDecimal bobotTertimbang, String band, String formula,
            List<String> belumDilaporkan, boolean targetPerluDinaikkan, boolean addendumWajib) {
    }

    /** Kemenkeu's compulsory addendum after the quarter asked (workflows.md §6): the IKU and the target already met. */
    record AddendumCapaian(String iku, String periodeBerikut, BigDecimal targetBerikut, BigDecimal realisasi,
            BigDecimal capaian) {
    }

    record SasaranCapaian(String code, BigDecimal nss, String band) {
    }

    record PerspektifCapaian(String perspective, BigDecimal np, BigDecimal bobot, BigDecimal bobotTertimbang) {
    }

    record Capaian(String unit, int tahun, String sd, int versiPk, String rulebook, String scoreType,
            BigDecimal score, String predikat, String band, String status, List<IndikatorCapaian> indicators,
            List<SasaranCapaian> sasaran, List<PerspektifCapaian> perspectives, List<AddendumCapaian> addendumWajib) {
    }

    @GetMapping(path = "/api/v1/capaian/{unitKode}/{tahun}", produces = MediaType.APPLICATION_JSON_VALUE)
    Capaian capaian(@PathVariable String unitKode, @PathVariable int tahun,
            @RequestParam(name = "sd", required = false) String sd) {
        UnitInfo unit = realisasi.unitDenganKode(unitKode);
        int tw = sd == null || sd.isBlank() ? realisasi.triwulanSekarang(tahun)
                : KodePeriode.parse(sd).filter(k -> k.jenis() == JenisPeriode.TRIWULAN)
                        .map(KodePeriode::nomor).orElseThrow(() -> new BusinessRuleException("sd",
                                "realisasi.api.sdTidakSah", sd.length() > 10 ? sd.substring(0, 10) : sd));
        SkorService.HasilSkor h = skor.sampaiDengan(unit.id(), tahun, tw);
        // only Kemenkeu has the rule: other rulebooks are not scored a second time
        List<SkorService.AddendumWajib> addendum = "KEMENKEU".equals(h.rulebook())
                ? skor.addendumWajib(unit.id(), tahun, tw) : List.of();
        Set<String> wajib = addendum.stream().map(SkorService.AddendumWajib::kode)
                .collect(Collectors.toSet());
        return new Capaian(unit.kode(), tahun, "TW" + tw, h.versiPk(), h.rulebook(), h.scoreType().name(),
                Scores.display(h.score()), h.predikat(), name(h.band()), h.status().name(),
                h.indikator().stream().map(i -> new IndikatorCapaian(i.kode(), Scores.display(i.target()),
                        i.targetBawah() == null && i.targetAtas() == null ? null
                                : new Rentang(i.targetBawah(), i.targetAtas()),
                        Scores.display(i.realisasi()), Scores.display(i.capaian()), polos(i.bobot()),
                        Scores.display(i.bobotTertimbang()), name(i.band()), i.formula(), i.belumDilaporkan(),
                        i.targetPerluDinaikkan(), wajib.contains(i.kode())))
                        .toList(),
                h.sasaran().stream().map(s -> new SasaranCapaian(s.kode(), Scores.display(s.nss()), name(s.band())))
                        .toList(),
                h.perspektif().stream().map(p -> new PerspektifCapaian(p.perspektif().name(), Scores.display(p.np()),
                        polos(p.bobot()), Scores.display(p.bobotTertimbang()))).toList(),
                addendum.stream().map(a -> new AddendumCapaian(a.kode(), a.periodeBerikut(),
                        Scores.display(a.targetBerikut()), Scores.display(a.realisasi()), Scores.display(a.capaian())))
                        .toList());
    }

    /** Weights as published (26, 0.4), not padded. */
    private static BigDecimal polos(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal d = Scores.display(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
