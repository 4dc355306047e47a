package id.kinerja.cascading;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.organisasi.Unit;
import id.kinerja.organisasi.UnitNotFoundException;
import id.kinerja.organisasi.UnitRepository;
import id.kinerja.perencanaan.Iku;
import id.kinerja.perencanaan.IkuParameters;
import id.kinerja.perencanaan.IkuRepository;
import id.kinerja.perencanaan.JenisCascading;
import id.kinerja.perencanaan.MetodeCascading;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.RiwayatIku;
import id.kinerja.perencanaan.PerjanjianKinerja;
import id.kinerja.perencanaan.PerjanjianKinerjaRepository;
import id.kinerja.perencanaan.StatusPk;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.rulebook.RulebookService;
import id.kinerja.rulebook.RulebookVersi;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.LocationConsolidator;
import id.kinerja.scoring.PeriodConsolidator;
import id.kinerja.scoring.RawValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cascading an upper unit's IKU to the units below: DIRECT (adopted whole, at most two levels
 * down), INDIRECT (own name and distributed target, consolidated back up through the one engine's
 * location consolidation) and SUPPORT (a lower non-cascading IKU linked without consolidation).
 * Every refusal names both ends of the link.
 */
@Service
public class CascadingService {

    /** iku.nama is varchar(500). */
    public static final int MAKS_NAMA_IKU = 500;

    private final CascadingRepository links;
    private final IkuRepository ikus;
    private final UnitRepository units;
    private final PerencanaanService perencanaan;
    private final PerjanjianKinerjaRepository pks;
    private final AksesService akses;
    private final MessageSource messages;
    private final RulebookService rulebooks;

    CascadingService(CascadingRepository links, IkuRepository ikus, UnitRepository units,
            PerencanaanService perencanaan, PerjanjianKinerjaRepository pks,
            AksesService akses, MessageSource messages,
            RulebookService rulebooks) {
        this.links = links;
        this.ikus = ikus;
        this.units = units;
        this.perencanaan = perencanaan;
        this.pks = pks;
        this.akses = akses;
        this.messages = messages;
        this.rulebooks = rulebooks;
    }

    public record Tautan(Long id, MetodeLink metode, Long unitId, String unit, String level, Long pkId, String ss,
            String kode, String nama, BigDecimal target, BigDecimal pembilang, BigDecimal penyebut, String satuan,
            JenisCascading jenis, LocationConsolidation konsolidasiLokasi, String validitasKendali) {
    }

    public record Konsolidasi(LocationConsolidation jenis, BigDecimal target, BigDecimal pembilang,
            BigDecimal penyebut, boolean cocok) {
    }

    public record IkuAtas(Long ikuId, Long pkId, Long unitId, String unit, int tahun, String ssKode, String ssNama,
            String kode, String nama, BigDecimal target, String satuan, List<Tautan> tautan, Konsolidasi konsolidasi,
            List<String> peringatan) {
    }

    public record UnitPilihan(Long id, String nama, String level, int selisihLevel) {
    }

    /**
     * bolehUbah: the user drafts the upper unit (may remove links); bolehTurunkan: the cascading form
     * is offered, only with the lower units the user also drafts for (or supporting IKU to link).
     */
    public record Halaman(IkuAtas iku, List<UnitPilihan> unitBawah, List<IkuRingkas> ikuPendukung,
            boolean bolehUbah, boolean bolehTurunkan) {
    }

    public record IkuRingkas(Long id, String unit, String kode, String nama) {
    }

    public record Parameter(MetodeLink metode, Long unitId, String nama, BigDecimal target, BigDecimal pembilang,
            BigDecimal penyebut, LocationConsolidation konsolidasiLokasi, Long ikuPendukungId) {
    }

    // ---------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Halaman halaman(Long ikuId) {
        Iku iku = muat(ikuId);
        Unit unit = iku.getSs().getPk().getUnit();
        akses.periksa(Aksi.LIHAT, unit.getId());
        IkuAtas atas = ikuAtas(iku, links.findByAtasIds(List.of(ikuId)));
        List<UnitPilihan> pilihan = units.findSubtree(unit.getPath()).stream()
                .filter(u -> !u.getId().equals(unit.getId()) && u.isAktif())
                .filter(u -> akses.boleh(Aksi.SUSUN, u.getId()))
                .sorted(Comparator.comparing(Unit::getPath))
                .map(u -> new UnitPilihan(u.getId(), u.getNama(), u.getLevel().getNama(),
                        u.getLevel().getKedalaman() - unit.getLevel().getKedalaman()))
                .toList();
        List<IkuRingkas> pendukung = ikus.findNonCascadingDiBawah(unit.getPath() + "%", unit.getId(),
                        iku.getSs().getPk().getTahunAnggaran().getId()).stream()
                .map(i -> new IkuRingkas(i.getId(), i.getSs().getPk().getUnit().getNama(), i.getKode(), i.getNama()))
                .toList();
        boolean susun = akses.boleh(Aksi.SUSUN, unit.getId());
        // a -N IKU is offered only the supporting links (no unit to cascade into)
        if (iku.getJenisCascading() == JenisCascading.N) {
            pilihan = List.of();
        }
        return new Halaman(atas, pilihan, pendukung, susun,
                susun && (!pilihan.isEmpty() || !pendukung.isEmpty()));
    }

    /** The Matriks Cascading of a unit's current PK: each IKU with the lower IKU that carry it. */
    @Transactional(readOnly = true)
    public Matriks matriks(Long unitId, int tahun) {
        Unit unit = units.findById(unitId).orElseThrow(() -> new UnitNotFoundException(unitId));
        akses.periksa(Aksi.LIHAT, unitId);
        PerencanaanService.PkView pk = perencanaan.pk(unitId, tahun);
        if (pk == null) {
            return new Matriks(unitId, unit.getNama(), unit.getJabatanKepala(), tahun, null, List.of(), List.of());
        }
        List<Iku> milik = ikus.findByPkId(pk.id()).stream().sorted(Comparator.comparing(Iku::getKode)).toList();
        Map<Long, List<Cascading>> perAtas = milik.isEmpty() ? Map.of()
                : links.findByAtasIds(milik.stream().map(Iku::getId).toList()).stream()
                        .collect(Collectors.groupingBy(c -> c.getAtas().getId()));
        List<IkuAtas> baris = milik.stream().map(i -> ikuAtas(i, perAtas.getOrDefault(i.getId(), List.of())))
                .toList();
        // lower IKU (of the direct children's current PKs) that claim to be cascaded but hang on nothing
        List<String> yatim = new ArrayList<>();
        Long tahunAnggaranId = pks.findById(pk.id()).orElseThrow().getTahunAnggaran().getId();
        for (Unit anak : units.findByIndukIdOrderByUrutanAscNamaAsc(unitId)) {
            Long pkAnak = anak.isAktif() ? pks.findFirstByUnitIdAndTahunAnggaranIdOrderByNomorVersiDesc(anak.getId(),
                    tahunAnggaranId).map(PerjanjianKinerja::getId).orElse(null) : null;
            if (pkAnak == null) {
                continue;
            }
            List<Iku> ikuAnak = ikus.findByPkId(pkAnak).stream()
                    .filter(i -> i.getJenisCascading() != JenisCascading.N).toList();
            if (ikuAnak.isEmpty()) {
                continue;
            }
            var terhubung = links.findByBawahIds(ikuAnak.stream().map(Iku::getId).toList()).stream()
                    .map(c -> c.getBawah().getId()).collect(Collectors.toCollection(HashSet::new));
            // a C/CP IKU that starts at the child and is cascaded further down is an origin, not an orphan
            links.findByAtasIds(ikuAnak.stream().map(Iku::getId).toList()).stream()
                    .filter(c -> c.getMetode() != MetodeLink.SUPPORT).map(c -> c.getAtas().getId())
                    .forEach(terhubung::add);
            ikuAnak.stream().filter(i -> !terhubung.contains(i.getId()))
                    .forEach(i -> yatim.add(anak.getNama() + " — " + i.getKode() + " " + i.getNama()));
        }
        return new Matriks(unitId, unit.getNama(), unit.getJabatanKepala(), tahun, pk.id(), baris, yatim);
    }

    public record Matriks(Long unitId, String unit, String jabatanKepala, int tahun, Long pkId, List<IkuAtas> baris,
            List<String> ikuBawahTanpaInduk) {
    }

    // ---------------------------------------------------------------------------------------

    /** Access first: a handler calls this before it parses any of the request's input. */
    @Transactional(readOnly = true)
    public void periksaBolehSusun(Long ikuId) {
        akses.periksa(Aksi.SUSUN, muat(ikuId).getSs().getPk().getUnit().getId());
    }

    @Transactional
    public Long cascade(Long ikuId, Parameter p) {
        Iku atas = muat(ikuId);
        Unit unitAtas = atas.getSs().getPk().getUnit();
        akses.periksa(Aksi.SUSUN, unitAtas.getId());
        if (p.metode() == null) {
            throw new BusinessRuleException("metode", "cascading.metode.wajib");
        }
        if (p.metode() == MetodeLink.SUPPORT) {
            return dukung(atas, unitAtas, p.ikuPendukungId());
        }
        // a -N IKU is this unit's own: it is not cascaded (a supporting -N IKU below may still be linked)
        if (atas.getJenisCascading() == JenisCascading.N) {
            throw new BusinessRuleException("metode", "cascading.atas.nonCascading", atas.getKode());
        }
        if (p.unitId() == null) {
            throw new BusinessRuleException("unitId", "cascading.unit.wajib");
        }
        Unit unitBawah = units.findById(p.unitId()).orElseThrow(() -> new UnitNotFoundException(p.unitId()));
        akses.periksa(Aksi.SUSUN, unitBawah.getId());
        String ujung = atas.getKode() + " (" + unitAtas.getNama() + ") → " + unitBawah.getNama();
        if (unitBawah.getId().equals(unitAtas.getId()) || !unitBawah.getPath().startsWith(unitAtas.getPath())) {
            throw new BusinessRuleException("unitId", "cascading.unit.bukanBawahan", ujung);
        }
        int selisih = unitBawah.getLevel().getKedalaman() - unitAtas.getLevel().getKedalaman();
        IkuParameters a = atas.parameters();
        IkuParameters baru;
        if (p.metode() == MetodeLink.DIRECT) {
            // the central PKO sets the depth per level in the rulebook (default 2, Kemenlu §D)
            int batas = rulebooks.berlaku(unitAtas.getOrganisasi().getRulebookKey(),
                    new RulebookVersi.Periode(atas.getSs().getPk().getTahunAnggaran().getTahun(),
                            atas.getSs().getPk().getBerlakuMulaiTriwulan()))
                    .cascadeDepth(unitAtas.getLevel().getKode());
            if (selisih > batas) {
                throw new BusinessRuleException("unitId", "cascading.direct.terlaluDalam", ujung, selisih, batas);
            }
            baru = turunan(a, unitAtas, a.nama(), a.target(), MetodeCascading.DIRECT, null);
        } else {
            if (p.konsolidasiLokasi() == null) {
                throw new BusinessRuleException("konsolidasiLokasi", "cascading.indirect.konsolidasiWajib", ujung);
            }
            links.findByAtasIds(List.of(ikuId)).stream().filter(c -> c.getMetode() == MetodeLink.INDIRECT)
                    .map(c -> c.getBawah().parameters().konsolidasiLokasi()).filter(Objects::nonNull)
                    .filter(k -> k != p.konsolidasiLokasi()).findFirst().ifPresent(k -> {
                        throw new BusinessRuleException("konsolidasiLokasi", "cascading.indirect.konsolidasiBeda",
                                ujung, label("scoring.locationConsolidation." + k.name()));
                    });
            if (p.nama() == null || p.nama().isBlank()) {
                throw new BusinessRuleException("nama", "cascading.indirect.namaWajib", ujung);
            }
            if (p.nama().trim().length() > MAKS_NAMA_IKU) {
                throw new BusinessRuleException("nama", "cascading.indirect.namaPanjang", ujung,
                        String.valueOf(MAKS_NAMA_IKU));
            }
            boolean mentah = p.konsolidasiLokasi() == LocationConsolidation.RAW_DATA;
            if (mentah ? p.pembilang() == null || p.penyebut() == null : p.target() == null) {
                throw new BusinessRuleException(mentah ? "pembilang" : "target", "cascading.indirect.targetWajib",
                        ujung);
            }
            BigDecimal target = mentah ? PeriodConsolidator.ratio(p.pembilang(), p.penyebut())
                    : p.target();
            if (target == null) {
                throw new BusinessRuleException("penyebut", "cascading.indirect.targetWajib", ujung);
            }
            baru = turunan(a, unitAtas, p.nama().trim(), target, MetodeCascading.INDIRECT, p.konsolidasiLokasi());
        }
        PerencanaanService.PkView pkBawah = perencanaan.pk(unitBawah.getId(), atas.getSs().getPk().getTahunAnggaran()
                .getTahun());
        if (pkBawah == null) {
            pkBawah = perencanaan.buka(unitBawah.getId(), atas.getSs().getPk().getTahunAnggaran().getTahun());
        } else if (!pkBawah.bolehSusun()) {
            throw new BusinessRuleException("unitId", "cascading.pkBawah.terkunci", ujung);
        }
        Long pkBawahId = pkBawah.id();
        // the cascaded SS: the same objective in the same perspective (never a lower one)
        Long ssBawah = pkBawah.sasaran().stream().filter(s -> s.nama().equals(atas.getSs().getNama())).findFirst()
                .map(PerencanaanService.SsView::id)
                .orElseGet(() -> perencanaan.simpanSasaran(pkBawahId, perencanaan.versi(pkBawahId), null, atas.getSs().getNama(),
                        atas.getSs().getDeskripsi(), atas.getSs().getPerspektif(), atas.getSs().getPosisi()));
        Long ikuBawah;
        try {
            ikuBawah = perencanaan.simpanIku(pkBawahId, perencanaan.versi(pkBawahId), ssBawah, null, baru);
        } catch (BusinessRuleException e) {
            String sebab = messages.getMessage(e.getMessageKey(), e.getArgs(), e.getMessageKey(),
                    LocaleContextHolder.getLocale());
            throw new BusinessRuleException("unitId", "cascading.ikuBawah.ditolak", ujung, sebab);
        }
        if (p.konsolidasiLokasi() == LocationConsolidation.RAW_DATA) {
            perencanaan.simpanTargetMentah(pkBawahId, perencanaan.versi(pkBawahId), ikuBawah, p.pembilang(), p.penyebut());
        }
        Iku bawah = ikus.findById(ikuBawah).orElseThrow();
        return links.saveAndFlush(new Cascading(atas, bawah, p.metode())).getId();
    }

    /** A link as its confirmation page names it: "S1.1 (Unit atas) → S1.1 (Unit bawah)". */
    @Transactional(readOnly = true)
    public String uraianTautan(Long ikuId, Long linkId) {
        Cascading c = links.findById(linkId).filter(x -> x.getAtas().getId().equals(ikuId))
                .orElseThrow(() -> new NotFoundException("Cascading", linkId));
        akses.periksa(Aksi.SUSUN, c.getAtas().getSs().getPk().getUnit().getId());
        return c.getAtas().getKode() + " " + c.getAtas().getNama() + " (" + c.getAtas().getSs().getPk().getUnit()
                .getNama() + ") → " + c.getBawah().getKode() + " " + c.getBawah().getNama() + " ("
                + c.getBawah().getSs().getPk().getUnit().getNama() + ")";
    }

    @Transactional
    public void hapus(Long linkId) {
        Cascading c = links.findById(linkId).orElseThrow(() -> new NotFoundException("Cascading", linkId));
        akses.periksa(Aksi.SUSUN, c.getAtas().getSs().getPk().getUnit().getId());
        links.delete(c);
        links.flush();
    }

    private Long dukung(Iku atas, Unit unitAtas, Long ikuPendukungId) {
        if (ikuPendukungId == null) {
            throw new BusinessRuleException("ikuPendukungId", "cascading.support.wajib");
        }
        Iku bawah = muat(ikuPendukungId);
        Unit unitBawah = bawah.getSs().getPk().getUnit();
        akses.periksa(Aksi.LIHAT, unitBawah.getId());
        String ujung = atas.getKode() + " (" + unitAtas.getNama() + ") ← " + bawah.getKode() + " ("
                + unitBawah.getNama() + ")";
        if (!unitBawah.getPath().startsWith(unitAtas.getPath()) || unitBawah.getId().equals(unitAtas.getId())) {
            throw new BusinessRuleException("ikuPendukungId", "cascading.unit.bukanBawahan", ujung);
        }
        if (bawah.getJenisCascading() != JenisCascading.N) {
            throw new BusinessRuleException("ikuPendukungId", "cascading.support.bukanN", ujung);
        }
        if (links.existsByAtasIdAndBawahId(atas.getId(), bawah.getId())) {
            throw new BusinessRuleException("ikuPendukungId", "cascading.duplikat", ujung);
        }
        return links.saveAndFlush(new Cascading(atas, bawah, MetodeLink.SUPPORT)).getId();
    }

    /** The lower IKU: the upper Manual IKU with this unit's cascading type and method. */
    private static IkuParameters turunan(IkuParameters a, Unit unitAtas, String nama, BigDecimal target,
            MetodeCascading metode, LocationConsolidation lokasi) {
        JenisCascading jenis = unitAtas.isPemilikPeta() ? JenisCascading.CP : JenisCascading.C;
        return new IkuParameters(1, a.uraian().withNama(nama), a.klasifikasi(),
                a.konsolidasi().withCascading(jenis, metode, lokasi), a.targetIku().withTarget(target),
                RiwayatIku.KOSONG);
    }

    /** Links to a superseded version stay as history; pages show the versions in force. */
    private static boolean berlaku(Cascading c) {
        return c.getBawah().getSs().getPk().getStatus() != StatusPk.DIGANTIKAN;
    }

    private IkuAtas ikuAtas(Iku iku, List<Cascading> semuaTautan) {
        List<Cascading> daftar = semuaTautan.stream().filter(CascadingService::berlaku).toList();
        List<Tautan> tautan = daftar.stream().map(c -> {
            Iku b = c.getBawah();
            IkuParameters bp = b.parameters();
            Unit u = b.getSs().getPk().getUnit();
            return new Tautan(c.getId(), c.getMetode(), u.getId(), u.getNama(), u.getLevel().getNama(),
                    b.getSs().getPk().getId(), b.getSs().getKode() + " " + b.getSs().getNama(), b.getKode(), b.getNama(), b.getTarget(), b.getTargetPembilang(),
                    b.getTargetPenyebut(), b.getSatuan(), b.getJenisCascading(), bp.konsolidasiLokasi(),
                    bp.validitas() == null ? null
                            : label("scoring.validity." + bp.validitas()) + (bp.kendali() == null ? ""
                                    : " – " + label("scoring.control." + bp.kendali())));
        }).toList();
        List<Tautan> indirect = tautan.stream().filter(t -> t.metode() == MetodeLink.INDIRECT).toList();
        Konsolidasi konsolidasi = null;
        List<String> peringatan = new ArrayList<>();
        if (!indirect.isEmpty()) {
            LocationConsolidation jenis = indirect.get(0).konsolidasiLokasi();
            BigDecimal hasil;
            BigDecimal pembilang = null;
            BigDecimal penyebut = null;
            if (jenis == LocationConsolidation.RAW_DATA) {
                List<RawValue> raw = indirect.stream().filter(t -> t.pembilang() != null && t.penyebut() != null)
                        .map(t -> RawValue.of(t.pembilang(), t.penyebut())).toList();
                RawValue jumlah = raw.isEmpty() ? null : LocationConsolidator.sumRaw(raw);
                hasil = raw.isEmpty() ? null : LocationConsolidator.rawData(raw);
                pembilang = jumlah == null ? null : jumlah.numerator();
                penyebut = jumlah == null ? null : jumlah.denominator();
            } else {
                hasil = LocationConsolidator.consolidate(jenis,
                        indirect.stream().map(Tautan::target).filter(Objects::nonNull).toList());
            }
            boolean cocok = hasil != null && iku.getTarget() != null
                    && hasil.setScale(2, RoundingMode.HALF_UP).compareTo(iku.getTarget().setScale(2,
                            RoundingMode.HALF_UP)) == 0;
            konsolidasi = new Konsolidasi(jenis, hasil, pembilang, penyebut, cocok);
            if (indirect.size() < 2) {
                peringatan.add("cascading.peringatan.indirectSatu");
            }
            if (!cocok) {
                peringatan.add("cascading.peringatan.tidakCocok");
            }
        }
        IkuParameters a = iku.parameters();
        boolean tidakSejalan = daftar.stream().filter(c -> c.getMetode() == MetodeLink.DIRECT).map(Cascading::getBawah)
                .anyMatch(b -> {
                    IkuParameters bp = b.parameters();
                    return !Objects.equals(bp.nama(), a.nama()) || !sama(bp.target(), a.target())
                            || !Objects.equals(bp.satuan(), a.satuan()) || bp.polarisasi() != a.polarisasi()
                            || bp.konsolidasiPeriode() != a.konsolidasiPeriode()
                            || bp.periodePelaporan() != a.periodePelaporan()
                            || !Objects.equals(bp.definisi(), a.definisi())
                            || !Objects.equals(bp.formula(), a.formula());
                });
        if (tidakSejalan) {
            peringatan.add("cascading.peringatan.directTidakSejalan");
        }
        // indirect links keep their own name and target, but measure the same way
        boolean indirectBerbeda = daftar.stream().filter(c -> c.getMetode() == MetodeLink.INDIRECT)
                .map(Cascading::getBawah).anyMatch(b -> {
                    IkuParameters bp = b.parameters();
                    return !Objects.equals(bp.satuan(), a.satuan()) || bp.polarisasi() != a.polarisasi()
                            || bp.konsolidasiPeriode() != a.konsolidasiPeriode()
                            || bp.periodePelaporan() != a.periodePelaporan();
                });
        if (indirectBerbeda) {
            peringatan.add("cascading.peringatan.indirectBerbeda");
        }
        if (tautan.isEmpty() && iku.getJenisCascading() != JenisCascading.N
                && iku.getSs().getPk().getUnit().getId() != null
                && units.existsByIndukIdAndAktifTrue(iku.getSs().getPk().getUnit().getId())) {
            peringatan.add("cascading.peringatan.tidakDipikul");
        }
        return new IkuAtas(iku.getId(), iku.getSs().getPk().getId(), iku.getSs().getPk().getUnit().getId(),
                iku.getSs().getPk().getUnit().getNama(), iku.getSs().getPk().getTahunAnggaran().getTahun(),
                iku.getSs().getKode(), iku.getSs().getNama(), iku.getKode(), iku.getNama(), iku.getTarget(),
                iku.getSatuan(), tautan, konsolidasi, peringatan);
    }

    /** An enum shown by its label in the user's language, never by its code. */
    private String label(String kode) {
        return messages.getMessage(kode, null, kode, LocaleContextHolder.getLocale());
    }

    private static boolean sama(BigDecimal x, BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }

    // ---------------------------------------------------------------------------------------
    // pohon kinerja

    /** One node of the performance tree: an IKU of a unit, with the IKU below that carry it. */
    public record Simpul(Long ikuId, Long pkId, String unit, String level, String kode, String nama, BigDecimal target,
            BigDecimal targetBawah, BigDecimal targetAtas, String satuan, MetodeLink metode, List<Simpul> anak) {
    }

    public record Pohon(Long unitId, String unit, int tahun, List<Simpul> akar) {
    }

    /**
     * The pohon kinerja from a unit's IKU down to the lowest individual IKU, following the
     * cascading links (direct, indirect and supporting).
     */
    @Transactional(readOnly = true)
    public Pohon pohon(Long unitId, int tahun) {
        Unit unit = units.findById(unitId).orElseThrow(() -> new UnitNotFoundException(unitId));
        akses.periksa(Aksi.LIHAT, unitId);
        PerencanaanService.PkView pk = perencanaan.pk(unitId, tahun);
        if (pk == null) {
            return new Pohon(unitId, unit.getNama(), tahun, List.of());
        }
        List<Iku> akar = ikus.findByPkId(pk.id()).stream().sorted(Comparator.comparing(Iku::getKode)).toList();
        return new Pohon(unitId, unit.getNama(), tahun, simpul(akar, null, new HashSet<>(), 0));
    }

    private static final int KEDALAMAN_POHON = 8;

    private List<Simpul> simpul(List<Iku> daftar, Map<Long, MetodeLink> metode, Set<Long> dikunjungi,
            int tingkat) {
        if (daftar.isEmpty() || tingkat > KEDALAMAN_POHON) {
            return List.of();
        }
        Map<Long, List<Cascading>> turunan = links.findByAtasIds(daftar.stream().map(Iku::getId).toList()).stream()
                .collect(Collectors.groupingBy(c -> c.getAtas().getId()));
        List<Simpul> out = new ArrayList<>();
        for (Iku i : daftar) {
            if (!dikunjungi.add(i.getId())) {
                continue; // a link cycle would otherwise recurse forever
            }
            List<Cascading> anak = turunan.getOrDefault(i.getId(), List.of()).stream()
                    .filter(CascadingService::berlaku).toList();
            Map<Long, MetodeLink> metodeAnak = anak.stream()
                    .collect(Collectors.toMap(c -> c.getBawah().getId(), Cascading::getMetode, (x, y) -> x));
            Unit u = i.getSs().getPk().getUnit();
            out.add(new Simpul(i.getId(), i.getSs().getPk().getId(), u.getNama(), u.getLevel().getNama(), i.getKode(),
                    i.getNama(), i.getTarget(), i.getTargetBawah(), i.getTargetAtas(), i.getSatuan(),
                    metode == null ? null : metode.get(i.getId()),
                    simpul(anak.stream().map(Cascading::getBawah).toList(), metodeAnak, dikunjungi, tingkat + 1)));
        }
        return out;
    }

    private Iku muat(Long ikuId) {
        return ikus.findById(ikuId).orElseThrow(() -> new NotFoundException("IKU", ikuId));
    }
}
