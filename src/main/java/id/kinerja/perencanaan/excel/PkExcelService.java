package id.kinerja.perencanaan.excel;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.perencanaan.ImporRencanaPk;
import id.kinerja.perencanaan.ImporRencanaPk.IkuImpor;
import id.kinerja.perencanaan.ImporRencanaPk.Pelanggaran;
import id.kinerja.perencanaan.ImporRencanaPk.SsImpor;
import id.kinerja.perencanaan.IkuParameters;
import id.kinerja.perencanaan.KlasifikasiIku;
import id.kinerja.perencanaan.KonsolidasiIku;
import id.kinerja.perencanaan.RiwayatIku;
import id.kinerja.perencanaan.TargetIku;
import id.kinerja.perencanaan.UraianIku;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.PerencanaanService.IkuView;
import id.kinerja.perencanaan.PerencanaanService.PkView;
import id.kinerja.perencanaan.PerencanaanService.SsView;
import id.kinerja.perencanaan.excel.PembacaPk.BarisPk;
import id.kinerja.perencanaan.excel.PembacaPk.Temuan;
import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.platform.angka.BatasAngka;
import id.kinerja.platform.angka.HasilAngka;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.TeksMasuk;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Perspective;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * A PK's Sasaran Strategis, IKU (Manual IKU) and per-period targets as an Excel workbook: an empty
 * template and an export in the same columns ({@link PenulisPk}), and an all-or-nothing import in
 * three steps: the workbook becomes rows plus cell findings without the database
 * ({@link PembacaPk}); the rows are matched against the PK (SS by name, IKU by code) into one plan;
 * the plan is checked as a whole and applied in one transaction ({@link ImporRencanaPk}).
 */
@Service
public class PkExcelService {

    static final int MAKS_BARIS = 1000;
    static final int MAKS_BYTE = 2 * 1024 * 1024;

    private static final Locale INDONESIA = PembacaPk.INDONESIA;

    private final PerencanaanService perencanaan;
    private final ImporRencanaPk imporRencana;
    private final MessageSource messages;
    private final PembacaXlsx pembaca;
    private final PenulisPk penulis;

    PkExcelService(PerencanaanService perencanaan, ImporRencanaPk imporRencana, MessageSource messages,
            PembacaXlsx pembaca, PenulisPk penulis) {
        this.perencanaan = perencanaan;
        this.imporRencana = imporRencana;
        this.messages = messages;
        this.pembaca = pembaca;
        this.penulis = penulis;
    }

    // ---------------------------------------------------------------------------------------
    // download

    /** An empty workbook: headings, drop-down lists and an instructions sheet. Needs read access. */
    public byte[] templat(Long pkId) {
        return penulis.tulis(perencanaan.pkById(pkId), false);
    }

    /** The PK's SS, IKU and targets in the template's columns, so the file can be edited and re-imported. */
    public byte[] ekspor(Long pkId) {
        return penulis.tulis(perencanaan.pkById(pkId), true);
    }

    /**
     * The PK for the upload page. Someone who may read but not draft the unit's plans gets
     * AccessDeniedException; a PK that is no longer editable is returned (the page says so).
     */
    public PkView pkUntukImpor(Long pkId) {
        PkView pk = perencanaan.pkById(pkId);
        if (pk.status().dapatDiubah() && !pk.bolehSusun()) {
            throw new AccessDeniedException("Tidak berwenang menyusun PK unit ini");
        }
        return pk;
    }

    // ---------------------------------------------------------------------------------------
    // upload

    /**
     * Reads the whole workbook, checks every row, and applies the plan in this one transaction; with
     * any finding (while reading, while matching, or refused by a planning rule) nothing is kept.
     *
     * @param version the PK's version when the upload page was opened (its form carries it); another
     *        one, or none (a page opened before the form carried it), is a concurrent change:
     *        ObjectOptimisticLockingFailureException before the file is read, nothing written
     */
    @Transactional
    public HasilImpor impor(Long pkId, Long version, InputStream xlsx) {
        PkView pk = perencanaan.pkById(pkId);
        if (!pk.status().dapatDiubah()) {
            return gagal(pk, List.of(Temuan.berkas(teks("pk.tidakDapatDiubah"))));
        }
        if (!pk.bolehSusun()) {
            throw new AccessDeniedException("Tidak berwenang menyusun PK unit ini");
        }
        if (version == null || version != pk.version()) {
            throw new ObjectOptimisticLockingFailureException("PerjanjianKinerja", pkId);
        }
        byte[] isi;
        try {
            isi = xlsx == null ? new byte[0] : xlsx.readNBytes(MAKS_BYTE + 1);
        } catch (IOException e) {
            return gagal(pk, List.of(Temuan.berkas(teks("excel.galat.bukanXlsx"))));
        }
        if (isi.length == 0) {
            return gagal(pk, List.of(Temuan.berkas(teks("excel.galat.kosong"))));
        }
        if (isi.length > MAKS_BYTE) {
            return gagal(pk, List.of(Temuan.berkas(teks("excel.galat.terlaluBesar"))));
        }
        FileMagic magic = FileMagic.valueOf(isi);
        if (magic == FileMagic.OLE2) {
            return gagal(pk, List.of(Temuan.berkas(teks("excel.galat.xlsLama"))));
        }
        if (magic != FileMagic.OOXML) {
            return gagal(pk, List.of(Temuan.berkas(teks("excel.galat.bukanXlsx"))));
        }
        Workbook wb;
        try {
            // streamed and bounded (PembacaXlsx): a small file must not inflate into the heap
            wb = pembaca.baca(isi, List.of(teks("excel.lembar.data"), messages.getMessage("excel.lembar.data",
                    null, INDONESIA), messages.getMessage("excel.lembar.data", null, Locale.ENGLISH)), MAKS_BARIS);
        } catch (PembacaXlsx.Ditolak e) {
            return gagal(pk, List.of(Temuan.berkas(teks(e.kunci(), e.args()))));
        } catch (IOException | RuntimeException e) {
            return gagal(pk, List.of(Temuan.berkas(teks("excel.galat.bukanXlsx"))));
        }
        PembacaPk baca = new PembacaPk(messages, LocaleContextHolder.getLocale(), pk.perspektif());
        PembacaPk.Bacaan bacaan;
        try (wb) {
            bacaan = baca.baca(lembarData(wb), MAKS_BARIS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bacaan.baris().isEmpty()) {
            return gagal(pk, bacaan.temuan());
        }
        return new Rencana(pk, baca, bacaan.baris()).jalankan();
    }

    private HasilImpor gagal(PkView pk, List<Temuan> temuan) {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return new HasilImpor(pk, temuan.stream()
                .sorted(Comparator.comparing((Temuan t) -> t.baris() == null ? 0 : t.baris())
                        .thenComparing(t -> t.kolomIndeks() == null ? -1 : t.kolomIndeks()))
                .map(t -> new HasilImpor.Masalah(t.baris(), t.kolom(), t.pesan())).toList(), 0, 0, 0);
    }

    private Sheet lembarData(Workbook wb) {
        for (Locale l : List.of(INDONESIA, Locale.ENGLISH)) {
            Sheet s = wb.getSheet(messages.getMessage("excel.lembar.data", null, l));
            if (s != null) {
                return s;
            }
        }
        return wb.getSheetAt(0);
    }

    /** One SS as the file names it (matched case-insensitively by name within the PK). */
    private static final class SsRencana {
        final String kunci;
        final String nama;
        final int barisPertama;
        final SsView lama;
        Perspective perspektif;
        int barisPerspektif;
        Integer posisi;
        int barisPosisi;
        boolean gagal;

        SsRencana(String kunci, String nama, int barisPertama, SsView lama) {
            this.kunci = kunci;
            this.nama = nama;
            this.barisPertama = barisPertama;
            this.lama = lama;
        }
    }

    /** The rows of one file matched against the PK into one plan, then applied. */
    private final class Rencana {
        private final PkView pk;
        private final PembacaPk baca;
        private final List<BarisPk> semua;
        private final Map<BarisPk, IkuView> ikuLama = new HashMap<>();

        Rencana(PkView pk, PembacaPk baca, List<BarisPk> semua) {
            this.pk = pk;
            this.baca = baca;
            this.semua = semua;
        }

        HasilImpor jalankan() {
            Map<String, SsRencana> ss = periksaSs();
            periksaKode();
            periksaNamaGanda(ss);
            // rows the reader refused stay out of the plan; the rest is still checked, so one upload
            // lists every problem of the file, and only a file without any is saved
            boolean simpan = baca.temuan().isEmpty();
            List<SsImpor> ssImpor = ss.values().stream().filter(g -> !g.gagal)
                    .map(g -> new SsImpor(g.kunci, g.barisPertama, g.lama == null ? null : g.lama.id(), g.nama,
                            g.perspektif, g.posisi))
                    .toList();
            List<IkuImpor> ikuImpor = ikuImpor();
            Map<Integer, BarisPk> perNomor = semua.stream().collect(Collectors.toMap(b -> b.nomor, b -> b));
            try {
                // the version the form carried (checked above); a change since is refused under the PK's lock
                ImporRencanaPk.Hasil h = imporRencana.terapkan(pk.id(), pk.version(), ssImpor, ikuImpor, simpan);
                return new HasilImpor(pk, List.of(), h.ssBaru(), h.ikuBaru(), h.ikuDiubah());
            } catch (ImporRencanaPk.Ditolak d) {
                for (Pelanggaran p : d.pelanggaran()) {
                    BarisPk b = perNomor.get(p.baris());
                    baca.catat(p.baris(), kolomUntuk(p.field(), b == null ? null : b.periode),
                            messages.getMessage(p.kunci(), p.args(), p.kunci(), LocaleContextHolder.getLocale()));
                }
                return gagal(pk, baca.temuan());
            }
        }

        /** Groups rows by SS name; the first row that gives a perspective/position decides it. */
        private Map<String, SsRencana> periksaSs() {
            Map<String, SsView> lama = new HashMap<>();
            pk.sasaran().forEach(s -> lama.putIfAbsent(PembacaPk.normal(s.nama()), s));
            Map<String, SsRencana> ss = new LinkedHashMap<>();
            for (BarisPk b : semua) {
                if (b.ssNama == null) {
                    continue;
                }
                String kunci = PembacaPk.normal(b.ssNama);
                SsRencana g = ss.computeIfAbsent(kunci, x -> new SsRencana(x, b.ssNama, b.nomor, lama.get(x)));
                if (!b.ssOk) {
                    g.gagal = true;
                    continue;
                }
                if (b.perspektif != null) {
                    if (g.perspektif == null) {
                        g.perspektif = b.perspektif;
                        g.barisPerspektif = b.nomor;
                    } else if (g.perspektif != b.perspektif) {
                        baca.catat(b.nomor, Kolom.PERSPEKTIF, teks("excel.galat.ssBeda",
                                String.valueOf(g.barisPerspektif)));
                        b.ssOk = false;
                    }
                }
                if (b.posisi != null) {
                    if (g.posisi == null) {
                        g.posisi = b.posisi;
                        g.barisPosisi = b.nomor;
                    } else if (!g.posisi.equals(b.posisi)) {
                        baca.catat(b.nomor, Kolom.POSISI, teks("excel.galat.ssBeda", String.valueOf(g.barisPosisi)));
                        b.ssOk = false;
                    }
                }
            }
            for (SsRencana g : ss.values()) {
                if (!g.gagal && g.lama == null && g.perspektif == null) {
                    baca.catat(g.barisPertama, Kolom.PERSPEKTIF, teks("excel.galat.wajib"));
                    g.gagal = true;
                }
            }
            return ss;
        }

        /** "Kode IKU" must name an IKU of this PK, at most once in the file. */
        private void periksaKode() {
            Map<String, IkuView> perKode = new HashMap<>();
            pk.sasaran().forEach(s -> s.iku().forEach(i -> perKode.put(i.kode().toUpperCase(Locale.ROOT), i)));
            Map<Long, Integer> dipakai = new HashMap<>();
            for (BarisPk b : semua) {
                if (b.kodeIku == null) {
                    continue;
                }
                IkuView iku = perKode.get(b.kodeIku.toUpperCase(Locale.ROOT));
                if (iku == null) {
                    baca.catat(b.nomor, Kolom.KODE_IKU, teks("excel.galat.kodeTidakDikenal", b.kodeIku));
                    b.ikuOk = false;
                } else if (dipakai.containsKey(iku.id())) {
                    baca.catat(b.nomor, Kolom.KODE_IKU, teks("excel.galat.kodeGanda", b.kodeIku,
                            String.valueOf(dipakai.get(iku.id()))));
                    b.ikuOk = false;
                } else {
                    dipakai.put(iku.id(), b.nomor);
                    ikuLama.put(b, iku);
                }
            }
        }

        /** A new IKU must not repeat the name of another IKU of the same SS (a file uploaded twice). */
        private void periksaNamaGanda(Map<String, SsRencana> ss) {
            Set<Long> dirujuk = dirujuk();
            Map<String, Integer> baru = new HashMap<>();
            for (BarisPk b : semua) {
                if (!b.adaIku || b.kodeIku != null || b.nama == null || b.ssNama == null) {
                    continue;
                }
                String kunci = PembacaPk.normal(b.ssNama) + "\u0000" + PembacaPk.normal(b.nama);
                Integer sebelumnya = baru.putIfAbsent(kunci, b.nomor);
                if (sebelumnya != null) {
                    baca.catat(b.nomor, Kolom.NAMA, teks("excel.galat.ikuGandaBaris", String.valueOf(sebelumnya)));
                    b.ikuOk = false;
                    continue;
                }
                SsRencana g = ss.get(PembacaPk.normal(b.ssNama));
                if (g != null && g.lama != null) {
                    g.lama.iku().stream().filter(i -> !dirujuk.contains(i.id()))
                            .filter(i -> PembacaPk.normal(i.nama()).equals(PembacaPk.normal(b.nama))).findFirst()
                            .ifPresent(i -> {
                                baca.catat(b.nomor, Kolom.NAMA, teks("excel.galat.ikuSudahAda", i.kode()));
                                b.ikuOk = false;
                            });
                }
            }
        }

        private Set<Long> dirujuk() {
            return ikuLama.values().stream().map(IkuView::id).collect(Collectors.toSet());
        }

        /**
         * The IKU rows as the planning use case takes them. Within an SS the file's order decides
         * the order, after the IKU the file does not mention.
         */
        private List<IkuImpor> ikuImpor() {
            Set<Long> dirujuk = dirujuk();
            Map<String, Integer> urutanAwal = new HashMap<>();
            for (SsView s : pk.sasaran()) {
                urutanAwal.put(PembacaPk.normal(s.nama()), s.iku().stream().filter(i -> !dirujuk.contains(i.id()))
                        .mapToInt(i -> i.manual().urutan()).max().orElse(0));
            }
            Map<String, Integer> urutan = new HashMap<>();
            List<IkuImpor> out = new ArrayList<>();
            for (BarisPk b : semua) {
                if (!b.adaIku || b.ssNama == null || !b.ssOk || !b.ikuOk) {
                    continue;
                }
                String ssKunci = PembacaPk.normal(b.ssNama);
                int u = urutan.merge(ssKunci, 1, Integer::sum) + urutanAwal.getOrDefault(ssKunci, 0);
                IkuView lama = ikuLama.get(b);
                out.add(new IkuImpor(b.nomor, ssKunci, lama == null ? null : lama.id(),
                        parameter(b, u, lama == null ? null : lama.manual()), trajektori(b, lama)));
            }
            return out;
        }

        /** The trajectory to store, or null to leave it (none in the file and none stored). */
        private List<BigDecimal> trajektori(BarisPk b, IkuView lama) {
            if (b.periode == JenisPeriode.TAHUN) {
                return null;
            }
            List<BigDecimal> nilai = Arrays.asList(Arrays.copyOf(b.trajektori, b.periode.jumlahPerTahun()));
            boolean adaNilai = nilai.stream().anyMatch(Objects::nonNull);
            boolean adaLama = lama != null && lama.manual().periodePelaporan() == b.periode && lama.trajektori() != null
                    && lama.trajektori().stream().anyMatch(Objects::nonNull);
            return adaNilai || adaLama ? nilai : null;
        }
    }

    /**
     * The one place a workbook row becomes a Manual IKU; what the workbook has no column for
     * (raw-data labels, the two previous years' data) is kept from the stored IKU.
     */
    static IkuParameters parameter(BarisPk b, int urutan, IkuParameters m) {
        return new IkuParameters(urutan,
                new UraianIku(b.nama, b.definisi, b.formula, b.tujuan, b.satuan, b.penanggungJawab, b.penyediaData,
                        b.sumberData),
                new KlasifikasiIku(b.validitas, b.kendali, b.kualitas, b.polarisasi),
                new KonsolidasiIku(b.jenisCascading, b.metodeCascading, b.konsolidasiPeriode, b.konsolidasiLokasi,
                        b.periode),
                new TargetIku(b.targetMaksimum, b.target, b.targetBawah, b.targetAtas,
                        m == null ? null : m.labelPembilang(), m == null ? null : m.labelPenyebut()),
                m == null ? RiwayatIku.KOSONG : m.riwayat());
    }

    /** The column a field name of a planning refusal belongs to (null: the row as a whole). */
    static Kolom kolomUntuk(String field, JenisPeriode periode) {
        if (field == null) {
            return null;
        }
        if (periode != null && "trajektori".equals(field)) {
            return Kolom.periode(periode, 1);
        }
        if (periode != null && field.matches("t\\d+")) {
            return Kolom.periode(periode, Integer.parseInt(field.substring(1)));
        }
        return Arrays.stream(Kolom.values()).filter(k -> k.jenis != Kolom.Jenis.PERIODE && k.kunci.equals(field))
                .findFirst().orElse("ss".equals(field) ? Kolom.SS : null);
    }

    private String teks(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
