package id.kinerja.laporan;

import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.realisasi.SkorSekali;
import id.kinerja.realisasi.SkorService;
import id.kinerja.realisasi.SkorService.HasilSkor;
import id.kinerja.realisasi.SkorService.IkuSkor;
import id.kinerja.realisasi.analisis.AnalisisService;
import id.kinerja.realisasi.cetak.CetakRealisasiService;
import id.kinerja.realisasi.kegiatan.CapaianKegiatanService;
import id.kinerja.renstra.RenstraApi;
import id.kinerja.scoring.Band;
import id.kinerja.scoring.Scores;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Drafts an LKj from the data: every number from the one score service (and the realisation
 * module's read APIs), the Renstra for medium-term and national targets, the stored analysis for
 * the first narrative; a section a planner wrote replaces the generated text. The caller has
 * checked reach (the score service checks it again).
 */
@Component
class LkjPenyusun {

    static final Locale DOKUMEN = Locale.forLanguageTag("id");
    private static final String[] ROMAWI = {"", "I", "II", "III", "IV"};

    private final SkorService skor;
    private final AnalisisService analisis;
    private final CapaianKegiatanService kegiatan;
    private final CetakRealisasiService cetak;
    private final RencanaKinerjaApi rencana;
    private final RenstraApi renstra;
    private final MessageSource pesan;
    private final OrganisasiQuery organisasi;

    LkjPenyusun(SkorService skor, AnalisisService analisis, CapaianKegiatanService kegiatan,
            CetakRealisasiService cetak, RencanaKinerjaApi rencana, RenstraApi renstra, MessageSource pesan,
            OrganisasiQuery organisasi) {
        this.organisasi = organisasi;
        this.skor = skor;
        this.analisis = analisis;
        this.kegiatan = kegiatan;
        this.cetak = cetak;
        this.rencana = rencana;
        this.renstra = renstra;
        this.pesan = pesan;
    }

    /** What the cover and the workflow add to the data. */
    record Konteks(UnitInfo unit, int tahun, PeriodeLkj periode, StatusLkj status, LocalDate tanggalTtd,
            Map<String, String> bagian) {
    }

    /** One IKU with everything the report shows about it. */
    record BarisIku(IkuSkor skor, List<IkuSkor> perTriwulan, BigDecimal capaianSebelumnya, String sumberSebelumnya,
            BigDecimal realisasiSebelumnya, RenstraApi.IkuRenstra renstra, AnalisisService.BarisIku analisis) {
    }

    Naskah susun(Konteks k) {
        UnitInfo u = k.unit();
        int tw = k.periode().triwulan();
        // one score set for the whole document: body, attachments and the analysis share it
        SkorSekali skor = new SkorSekali(this.skor);
        HasilSkor kini = skor.sampaiDengan(u.id(), k.tahun(), tw);
        List<HasilSkor> perTw = new ArrayList<>();
        List<HasilSkor> periodeSaja = new ArrayList<>();
        for (int q = 1; q <= tw; q++) {
            boolean ada = rencana.berlaku(u.id(), u.organisasiId(), k.tahun(), q).isPresent();
            perTw.add(ada ? skor.sampaiDengan(u.id(), k.tahun(), q) : null);
            periodeSaja.add(ada ? skor.periodeSaja(u.id(), k.tahun(), q) : null);
        }
        // "capaian periode sebelumnya": the same span of the year before, else the Renstra's record
        HasilSkor lalu = rencana.berlaku(u.id(), u.organisasiId(), k.tahun() - 1, tw).isPresent()
                ? skor.sampaiDengan(u.id(), k.tahun() - 1, tw) : null;
        Optional<RenstraApi.RenstraBaca> rs = renstra.untuk(u.id(), k.tahun());
        Map<Long, AnalisisService.BarisIku> an = new HashMap<>();
        analisis.halaman(u.id(), k.tahun(), tw, skor).iku().forEach(b -> an.put(b.ikuId(), b));
        CetakRealisasiService.Dokumen dok = cetak.dokumen(u.id(), k.tahun(), tw, skor);
        CapaianKegiatanService.Ringkasan anggaran = kegiatan.halaman(u.id(), k.tahun(), tw).ringkasan();

        List<BarisIku> baris = new ArrayList<>();
        for (IkuSkor i : kini.indikator()) {
            List<IkuSkor> per = new ArrayList<>();
            for (HasilSkor h : perTw) {
                per.add(h == null ? null : h.indikator().stream().filter(x -> x.ikuAkarId().equals(i.ikuAkarId())
                        || x.kode().equals(i.kode())).findFirst().orElse(null));
            }
            BigDecimal capLalu = null;
            BigDecimal realLalu = null;
            String sumber = null;
            if (lalu != null) {
                IkuSkor l = lalu.indikator().stream().filter(x -> x.kode().equals(i.kode())).findFirst().orElse(null);
                if (l != null) {
                    capLalu = l.capaian();
                    realLalu = l.realisasi();
                    sumber = "data";
                }
            }
            RenstraApi.IkuRenstra ir = rs.map(r -> r.iku().get(i.kode())).orElse(null);
            if (capLalu == null && ir != null && k.periode().tahunan()) {
                var p = ir.perTahun().get(k.tahun() - 1);
                if (p != null && p.capaian() != null) {
                    capLalu = p.capaian();
                    realLalu = p.realisasi();
                    sumber = "renstra";
                }
            }
            baris.add(new BarisIku(i, per, capLalu, sumber, realLalu, ir, an.get(i.ikuId())));
        }

        boolean jabatan = !u.pemilikPeta() && organisasi.jenis(u.id()).orElse(null) == JenisUnit.JABATAN;
        Naskah.Sampul sampul = sampul(k, dok, jabatan);
        List<Naskah.Blok> blok = new ArrayList<>();
        if (k.periode().tahunan()) {
            tahunan(k, kini, baris, perTw, periodeSaja, rs, anggaran, dok, blok);
        } else {
            triwulan(k, kini, baris, perTw, periodeSaja, dok, jabatan, blok);
        }
        String judul = t("lkj.judul." + (k.periode().tahunan() ? "tahunan" : "triwulan")) + " " + sampul.periode()
                + " — " + u.nama();
        return new Naskah(judul, sampul, k.periode().tahunan(), blok);
    }

    private Naskah.Sampul sampul(Konteks k, CetakRealisasiService.Dokumen dok, boolean jabatan) {
        String periode = k.periode().tahunan() ? t("lkj.sampul.tahun", k.tahun())
                : k.periode().triwulan() == 1 ? t("lkj.sampul.tw", ROMAWI[1], k.tahun())
                : t("lkj.sampul.sdTw", ROMAWI[k.periode().triwulan()], k.tahun());
        String status = k.status() == StatusLkj.DITANDATANGANI ? null : t("lkj.sampul.status." + k.status());
        String unit = jabatan ? t("lkj.sampul.pegawai", dok.nama(), dok.jabatan(), dok.nip()) : k.unit().nama();
        return new Naskah.Sampul(t("lkj.sampul.jenis." + (k.periode().tahunan() ? "tahunan" : "triwulan")), periode,
                unit, k.unit().organisasi(), status, dok.kota(), k.tanggalTtd(), dok.nama(), dok.jabatan(), dok.nip());
    }

    // -----------------------------------------------------------------------------------------
    // quarterly (Kemenlu format)

    private void triwulan(Konteks k, HasilSkor kini, List<BarisIku> baris, List<HasilSkor> perTw,
            List<HasilSkor> periodeSaja, CetakRealisasiService.Dokumen dok, boolean jabatan, List<Naskah.Blok> blok) {
        int tw = k.periode().triwulan();
        String ss = null;
        char huruf = 'A';
        int nomor = 0;
        for (BarisIku b : baris) {
            IkuSkor i = b.skor();
            if (!Objects.equals(ss, i.ssKode())) {
                ss = i.ssKode();
                blok.add(new Naskah.Judul(1, t("lkj.ss", String.valueOf(huruf++), i.ssKode(), i.ssNama()),
                        "ss-" + i.ssKode()));
            }
            nomor++;
            blok.add(new Naskah.Judul(2, t("lkj.iku", nomor, i.kode(), i.nama()), "iku-" + i.kode()));
            blok.add(tabelIku(b, i));
            if (tw >= 2) {
                blok.add(trend(b, i, tw));
            }
            narasi(k, b, blok);
        }
        blok.add(new Naskah.HalamanBaru());
        if (jabatan) {
            blok.add(new Naskah.Judul(1, t("lkj.lampiran.pegawai"), "lampiran-1"));
            blok.add(matriksPegawai(kini));
            blok.add(new Naskah.Judul(1, t("lkj.lampiran.informasi", 2), "lampiran-2"));
            blok.add(matriksInformasi(kini, baris));
            return;
        }
        blok.add(new Naskah.Judul(1, t("lkj.lampiran.renaksi"), "lampiran-1"));
        blok.add(matriksRenaksi(dok, tw));
        blok.add(new Naskah.Judul(1, t("lkj.lampiran.informasi", 2), "lampiran-2"));
        blok.add(matriksInformasi(kini, baris));
        blok.add(new Naskah.Judul(1, t("lkj.lampiran.ncko"), "lampiran-3"));
        blok.add(matriksNcko(perTw));
        blok.add(grafikNcko(periodeSaja));
    }

    private Naskah.Tabel tabelIku(BarisIku b, IkuSkor i) {
        List<String> kepala = new ArrayList<>(List.of(t("lkj.kolom.trc")));
        for (int q = 1; q <= 4; q++) {
            kepala.add(t("lkj.kolom.sdTw", ROMAWI[q]));
        }
        List<String> target = new ArrayList<>(List.of(t("lkj.kolom.target")));
        List<String> real = new ArrayList<>(List.of(t("lkj.kolom.realisasi")));
        List<String> formula = new ArrayList<>(List.of(t("lkj.kolom.formula")));
        List<String> cap = new ArrayList<>(List.of(t("lkj.kolom.capaian")));
        for (int q = 1; q <= 4; q++) {
            IkuSkor s = q <= b.perTriwulan().size() ? b.perTriwulan().get(q - 1) : null;
            target.add(s == null ? "" : nilai(s.target()));
            real.add(s == null ? "" : nilai(s.realisasi()));
            formula.add(s == null ? "" : s.formula());
            cap.add(s == null ? "" : persen(s.capaian()));
        }
        return new Naskah.Tabel(null, kepala, List.of(target, real, formula, cap), false);
    }

    private Naskah.Gambar trend(BarisIku b, IkuSkor i, int sampai) {
        List<String> label = new ArrayList<>();
        List<BigDecimal> nilai = new ArrayList<>();
        for (int q = 1; q <= sampai; q++) {
            IkuSkor s = q <= b.perTriwulan().size() ? b.perTriwulan().get(q - 1) : null;
            label.add(t("lkj.kolom.sdTw", ROMAWI[q]));
            nilai.add(s == null ? null : s.realisasi());
        }
        return new Naskah.Gambar(t("lkj.grafik.trend", i.kode()), Grafik.garis(label, nilai, i.satuan()), Grafik.LEBAR,
                Grafik.TINGGI);
    }

    private void narasi(Konteks k, BarisIku b, List<Naskah.Blok> blok) {
        IkuSkor i = b.skor();
        String tw = ROMAWI[k.periode().triwulan()];
        for (String jenis : List.of("NARASI", "KENDALA", "LANGKAH")) {
            String kunci = "IKU:" + i.kode() + ":" + jenis;
            blok.add(new Naskah.Judul(3, t("lkj.bagian." + jenis, i.kode(), tw), null));
            String teks = k.bagian().get(kunci);
            blok.add(new Naskah.Paragraf(teks != null ? teks : awal(jenis, k, b), kunci));
        }
    }

    /** The first, generated text of a narrative section: facts only, deterministic. */
    private String awal(String jenis, Konteks k, BarisIku b) {
        IkuSkor i = b.skor();
        AnalisisService.BarisIku a = b.analisis();
        var isi = a == null || a.analisis() == null ? null : a.analisis().isi();
        String tw = k.periode().tahunan() ? t("lkj.tahun", k.tahun()) : t("lkj.sdTw", ROMAWI[k.periode().triwulan()]);
        return switch (jenis) {
            case "NARASI" -> {
                if (i.capaian() == null) {
                    yield t("lkj.narasi.na", tw, i.belumDilaporkan().isEmpty() ? "" : String.join(", ", i.belumDilaporkan()));
                }
                StringBuilder sb = new StringBuilder(t("lkj.narasi.angka", tw, nilai(i.realisasi()), nilai(i.target()),
                        persen(i.capaian()), band(i.band())));
                int q = k.periode().triwulan();
                IkuSkor sebelum = q >= 2 && b.perTriwulan().size() >= q - 1 ? b.perTriwulan().get(q - 2) : null;
                if (sebelum != null && sebelum.capaian() != null) {
                    int c = Scores.display(i.capaian()).compareTo(Scores.display(sebelum.capaian()));
                    sb.append(t(c > 0 ? "lkj.narasi.naik" : c < 0 ? "lkj.narasi.turun" : "lkj.narasi.tetap",
                            persen(sebelum.capaian()), ROMAWI[q - 1]));
                }
                if (b.capaianSebelumnya() != null) {
                    sb.append(t("lkj.narasi.tahunLalu", persen(b.capaianSebelumnya()), k.tahun() - 1));
                }
                if (isi != null && isi.kendala() != null && !isi.kendala().isBlank()) {
                    sb.append(t("lkj.narasi.kendala", isi.kendala().strip()));
                } else {
                    sb.append('.');
                }
                if (isi != null && isi.narasi() != null && !isi.narasi().isBlank()) {
                    sb.append(' ').append(isi.narasi().strip());
                }
                yield sb.toString();
            }
            case "KENDALA" -> {
                List<String> daftar = new ArrayList<>();
                if (isi != null) {
                    for (String s : new String[] {isi.kendala(), isi.akarMasalah(), isi.isuNegatif()}) {
                        if (s != null && !s.isBlank()) {
                            daftar.add(s.strip());
                        }
                    }
                }
                yield daftar.isEmpty() ? t("lkj.kendala.tidakAda") : String.join("\n", daftar);
            }
            default -> {
                List<String> daftar = new ArrayList<>();
                if (a != null) {
                    a.tindakLanjut().forEach(x -> daftar.add(t("lkj.langkah.tl", x.rekomendasi(), x.penanggungJawab(),
                            ROMAWI[Math.min(4, Math.max(1, x.targetTriwulan()))])));
                }
                if (isi != null && isi.implikasi() != null && !isi.implikasi().isBlank()) {
                    daftar.add(isi.implikasi().strip());
                }
                yield daftar.isEmpty() ? t("lkj.langkah.tidakAda") : String.join("\n", daftar);
            }
        };
    }

    private Naskah.Tabel matriksInformasi(HasilSkor kini, List<BarisIku> baris) {
        List<String> kepala = List.of(t("lkj.kolom.kode"), t("lkj.kolom.ssIku"), t("lkj.kolom.satuan"),
                t("lkj.kolom.target"), t("lkj.kolom.realisasi"), t("lkj.kolom.capaian"), t("lkj.kolom.status"));
        List<List<String>> isi = new ArrayList<>();
        String ss = null;
        for (BarisIku b : baris) {
            IkuSkor i = b.skor();
            if (!Objects.equals(ss, i.ssKode())) {
                ss = i.ssKode();
                isi.add(List.of(i.ssKode(), i.ssNama(), "", "", "", "", ""));
            }
            isi.add(List.of(i.kode(), i.nama(), teks(i.satuan()), nilai(i.target()), nilai(i.realisasi()),
                    persen(i.capaian()), band(i.band())));
        }
        return new Naskah.Tabel(t("lkj.tabel.informasi", t("StatusSkor." + kini.status().name())), kepala, isi, true);
    }

    private Naskah.Tabel matriksPegawai(HasilSkor kini) {
        List<String> kepala = List.of(t("lkj.kolom.kode"), t("lkj.kolom.ssIku"), t("lkj.kolom.target"),
                t("lkj.kolom.realisasi"), t("lkj.kolom.polarisasi"), t("lkj.kolom.bobot"), t("lkj.kolom.capaian"));
        List<List<String>> isi = new ArrayList<>();
        for (IkuSkor i : kini.indikator()) {
            isi.add(List.of(i.kode(), i.nama(), nilai(i.target()), nilai(i.realisasi()), teks(i.polarisasi()),
                    nilai(i.bobotTertimbang()), persen(i.capaian())));
        }
        isi.add(List.of("", t("lkj.kolom.ckp"), "", "", "", "", nilai(kini.score())));
        return new Naskah.Tabel(null, kepala, isi, true);
    }

    private Naskah.Tabel matriksRenaksi(CetakRealisasiService.Dokumen dok, int tw) {
        List<String> kepala = List.of(t("lkj.kolom.kode"), t("lkj.kolom.iku"), t("lkj.kolom.targetTahun"),
                t("lkj.kolom.tw"), t("lkj.kolom.target"), t("lkj.kolom.realisasi"), t("lkj.kolom.capaian"),
                t("lkj.kolom.kegiatan"), t("lkj.kolom.anggaran"), t("lkj.kolom.realisasiAnggaran"),
                t("lkj.kolom.kendala"));
        List<List<String>> isi = new ArrayList<>();
        for (CetakRealisasiService.IkuCetak i : dok.iku()) {
            for (CetakRealisasiService.TriwulanCetak q : i.triwulan()) {
                if (q.nomor() > tw) {
                    continue;
                }
                isi.add(List.of(i.kode(), i.nama(), nilai(i.targetTahunan()), ROMAWI[q.nomor()], nilai(q.target()),
                        nilai(q.realisasi()), persen(q.capaian()),
                        String.join("; ", q.kegiatan().stream().map(CetakRealisasiService.KegiatanCetak::nama).toList()),
                        rupiah(q.anggaran()), rupiah(q.realisasiAnggaran()), String.join("; ", q.kendala())));
            }
        }
        return new Naskah.Tabel(null, kepala, isi, true);
    }

    private Naskah.Tabel matriksNcko(List<HasilSkor> perTw) {
        List<String> kepala = new ArrayList<>(List.of(t("lkj.kolom.perspektifSs")));
        for (int q = 1; q <= perTw.size(); q++) {
            kepala.add(t("lkj.kolom.sdTw", ROMAWI[q]));
        }
        Map<String, List<String>> baris = new LinkedHashMap<>();
        for (int q = 0; q < perTw.size(); q++) {
            HasilSkor h = perTw.get(q);
            if (h == null) {
                continue;
            }
            for (SkorService.PerspektifSkor p : h.perspektif()) {
                isi(baris, "P:" + p.perspektif(), t("lkj.ncko.np", t("scoring.perspective." + p.perspektif())), q,
                        perTw.size()).set(q + 1, nilai(p.np()));
                for (SkorService.SsSkor s : h.sasaran()) {
                    if (s.perspektif() == p.perspektif()) {
                        isi(baris, "S:" + s.kode(), t("lkj.ncko.nss", s.kode()), q, perTw.size()).set(q + 1, nilai(s.nss()));
                    }
                }
            }
            isi(baris, "Z", t("lkj.ncko.total", h.scoreType().name()), q, perTw.size()).set(q + 1, nilai(h.score()));
        }
        List<List<String>> out = new ArrayList<>(baris.values());
        return new Naskah.Tabel(null, kepala, out, false);
    }

    private static List<String> isi(Map<String, List<String>> baris, String kunci, String label, int q, int n) {
        return baris.computeIfAbsent(kunci, x -> {
            List<String> l = new ArrayList<>();
            l.add(label);
            for (int i = 0; i < n; i++) {
                l.add("");
            }
            return l;
        });
    }

    private Naskah.Gambar grafikNcko(List<HasilSkor> periodeSaja) {
        List<String> label = new ArrayList<>();
        List<BigDecimal> nilai = new ArrayList<>();
        for (int q = 1; q <= periodeSaja.size(); q++) {
            label.add("TW " + ROMAWI[q]);
            HasilSkor h = periodeSaja.get(q - 1);
            nilai.add(h == null ? null : h.score());
        }
        return new Naskah.Gambar(t("lkj.grafik.ncko"), Grafik.batang(label, nilai, null), Grafik.LEBAR, Grafik.TINGGI);
    }

    // -----------------------------------------------------------------------------------------
    // annual (PermenPAN / Marves §2.4 structure)

    private void tahunan(Konteks k, HasilSkor kini, List<BarisIku> baris, List<HasilSkor> perTw,
            List<HasilSkor> periodeSaja, Optional<RenstraApi.RenstraBaca> rs, CapaianKegiatanService.Ringkasan anggaran,
            CetakRealisasiService.Dokumen dok, List<Naskah.Blok> blok) {
        UnitInfo u = k.unit();
        long hijau = baris.stream().filter(b -> b.skor().band() == Band.HIJAU).count();
        long kuning = baris.stream().filter(b -> b.skor().band() == Band.KUNING).count();
        long merah = baris.stream().filter(b -> b.skor().band() == Band.MERAH).count();
        bagian(k, blok, "KATA_PENGANTAR", t("lkj.bab.pengantar"),
                t("lkj.awal.pengantar", u.nama(), k.tahun()));
        bagian(k, blok, "IKHTISAR", t("lkj.bab.ikhtisar"), t("lkj.awal.ikhtisar", k.tahun(), kini.scoreType().name(),
                nilai(kini.score()), teks(kini.predikat()), baris.size(), hijau, kuning, merah,
                rupiah(anggaran.realisasiAnggaranSd()), rupiah(anggaran.anggaranRencanaSd()),
                anggaran.persenAnggaranSd() == null ? "-" : persen(anggaran.persenAnggaranSd())));
        bagian(k, blok, "BAB1", t("lkj.bab.1"), t("lkj.awal.bab1", u.nama(), u.organisasi(), u.levelNama()));

        blok.add(new Naskah.Judul(1, t("lkj.bab.2"), "bab-2"));
        blok.add(new Naskah.Paragraf(t("lkj.bab2.pengantar", k.tahun()), null));
        blok.add(tabelPk(baris));

        blok.add(new Naskah.Judul(1, t("lkj.bab.3"), "bab-3"));
        blok.add(new Naskah.Judul(2, t("lkj.bab3.a"), "bab-3-a"));
        blok.add(tabelBab3(k, baris));
        blok.add(tabelBanding(k, baris));
        blok.add(grafikNcko(periodeSaja));
        int nomor = 0;
        for (BarisIku b : baris) {
            nomor++;
            blok.add(new Naskah.Judul(2, t("lkj.iku", nomor, b.skor().kode(), b.skor().nama()), "iku-" + b.skor().kode()));
            blok.add(tabelIku(b, b.skor()));
            blok.add(trend(b, b.skor(), 4));
            narasi(k, b, blok);
        }
        blok.add(new Naskah.Judul(2, t("lkj.bab3.b"), "bab-3-b"));
        blok.add(new Naskah.Tabel(null, List.of(t("lkj.kolom.pagu"), t("lkj.kolom.realisasiAnggaran"),
                t("lkj.kolom.persen"), t("lkj.kolom.kegiatanSelesai")),
                List.of(List.of(rupiah(anggaran.anggaranRencanaSd()), rupiah(anggaran.realisasiAnggaranSd()),
                        persen(anggaran.persenAnggaranSd()), anggaran.selesai() + " / " + anggaran.jumlah())), false));
        bagian(k, blok, "BAB4", t("lkj.bab.4"), t("lkj.awal.bab4", k.tahun(), kini.scoreType().name(),
                nilai(kini.score()), teks(kini.predikat()), merah));

        blok.add(new Naskah.HalamanBaru());
        blok.add(new Naskah.Judul(1, t("lkj.lampiran.pk"), "lampiran-1"));
        blok.add(tabelPk(baris));
        blok.add(new Naskah.Judul(1, t("lkj.lampiran.ncko"), "lampiran-2"));
        blok.add(matriksNcko(perTw));
        blok.add(new Naskah.Judul(1, t("lkj.lampiran.bukti"), "lampiran-3"));
        List<List<String>> bukti = dok.semuaBukti().stream()
                .map(x -> List.of(x.periode(), x.nama(), x.sha256() == null ? "" : x.sha256())).toList();
        blok.add(new Naskah.Tabel(null, List.of(t("lkj.kolom.periode"), t("lkj.kolom.berkas"), "SHA-256"),
                bukti.isEmpty() ? List.of(List.of("", t("lkj.bukti.tidakAda"), "")) : bukti, true));
    }

    private void bagian(Konteks k, List<Naskah.Blok> blok, String kunci, String judul, String awal) {
        blok.add(new Naskah.Judul(1, judul, kunci.toLowerCase(Locale.ROOT)));
        String teks = k.bagian().get(kunci);
        blok.add(new Naskah.Paragraf(teks != null ? teks : awal, kunci));
    }

    private Naskah.Tabel tabelPk(List<BarisIku> baris) {
        List<List<String>> isi = new ArrayList<>();
        for (BarisIku b : baris) {
            IkuSkor i = b.skor();
            isi.add(List.of(i.ssKode() + " " + i.ssNama(), i.kode() + " " + i.nama(), nilai(i.target()), teks(i.satuan())));
        }
        return new Naskah.Tabel(t("lkj.tabel.pk"), List.of(t("lkj.kolom.ss"), t("lkj.kolom.iku"),
                t("lkj.kolom.target"), t("lkj.kolom.satuan")), isi, false);
    }

    /** Marves §2.4 BAB III table. */
    private Naskah.Tabel tabelBab3(Konteks k, List<BarisIku> baris) {
        List<String> kepala = List.of(t("lkj.kolom.ss"), t("lkj.kolom.iku"), t("lkj.kolom.target"),
                t("lkj.kolom.realisasi"), t("lkj.kolom.persenCapaian"), t("lkj.kolom.capaianLalu"),
                t("lkj.kolom.targetRenstra"), t("lkj.kolom.targetNasional"));
        List<List<String>> isi = new ArrayList<>();
        for (BarisIku b : baris) {
            IkuSkor i = b.skor();
            RenstraApi.IkuRenstra r = b.renstra();
            isi.add(List.of(i.ssKode(), i.kode() + " " + i.nama(), nilai(i.target()), nilai(i.realisasi()),
                    persen(i.capaian()), persen(b.capaianSebelumnya()), r == null ? "" : nilai(r.targetAkhir()),
                    r == null || r.targetNasional() == null ? "-" : nilai(r.targetNasional())));
        }
        return new Naskah.Tabel(t("lkj.tabel.bab3", k.tahun()), kepala, isi, true);
    }

    /** Comparison with the previous year and the medium term (Marves §2.4, analysis 1.b–d). */
    private Naskah.Tabel tabelBanding(Konteks k, List<BarisIku> baris) {
        int th = k.tahun();
        List<String> kepala = List.of(t("lkj.kolom.no"), t("lkj.kolom.iku"), t("lkj.kolom.realisasiTahun", th - 1),
                t("lkj.kolom.realisasiTahun", th), t("lkj.kolom.targetTahun2", th),
                t("lkj.kolom.targetTahun2", th + 1), t("lkj.kolom.targetNasional"));
        List<List<String>> isi = new ArrayList<>();
        int n = 0;
        for (BarisIku b : baris) {
            RenstraApi.IkuRenstra r = b.renstra();
            isi.add(List.of(String.valueOf(++n), b.skor().nama(), b.realisasiSebelumnya() == null ? "N/A"
                    : nilai(b.realisasiSebelumnya()), nilai(b.skor().realisasi()), nilai(b.skor().target()),
                    r == null ? "" : nilai(r.targetTahun(th + 1)),
                    r == null || r.targetNasional() == null ? "-" : nilai(r.targetNasional())));
        }
        return new Naskah.Tabel(t("lkj.tabel.banding"), kepala, isi, true);
    }

    // -----------------------------------------------------------------------------------------

    static String nilai(BigDecimal v) {
        return v == null ? "n/a" : AngkaIndonesia.tulis(Scores.display(v));
    }

    static String persen(BigDecimal v) {
        return v == null ? "n/a" : AngkaIndonesia.tulis(Scores.display(v));
    }

    private static String rupiah(BigDecimal v) {
        return v == null ? "-" : "Rp " + AngkaIndonesia.tulis(v, 2);
    }

    private static String teks(Object o) {
        return o == null ? "" : o.toString();
    }

    private String band(Band b) {
        return b == null ? "n/a" : t("scoring.band." + b.name()).toLowerCase(DOKUMEN);
    }

    String t(String kunci, Object... args) {
        // numbers arrive formatted: MessageFormat would group a year as 2.026
        Object[] a = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = args[i] instanceof Number n ? n.toString() : args[i];
        }
        return pesan.getMessage(kunci, a, kunci, DOKUMEN);
    }
}
