package id.kinerja.bukti;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.akses.KinerjaUser;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.InputStreamSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of bukti dukung: list, upload, add a link, delete, download. Every one first finds the
 * owner through its module's {@link PemilikBukti} and checks the reach on the owner's unit (LIHAT
 * to read, SUSUN and an editable owner to change), then the bounds, and only then reads bytes.
 */
@Service
public class BuktiService {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final int MAKS_NAMA = 200;
    static final int MAKS_JUDUL = 200;
    /** Enough for Tika's longest magic. */
    private static final int BUFFER_DETEKSI = 64 * 1024;

    private final BuktiDukungRepository repo;
    private final AksesService akses;
    private final BuktiProperties properties;
    private final Map<String, PemilikBukti> pemilik = new HashMap<>();
    private final Map<String, PenyimpananBukti> penyimpanan = new HashMap<>();
    private final PenyimpananBukti penyimpananAktif;
    private final DeteksiJenisBerkas deteksi;
    private final Clock clock;
    private final OrganisasiQuery organisasi;

    BuktiService(BuktiDukungRepository repo, AksesService akses, BuktiProperties properties,
            List<PemilikBukti> pemilik, List<PenyimpananBukti> penyimpanan, ObjectProvider<Clock> clock,
            OrganisasiQuery organisasi) {
        this.organisasi = organisasi;
        this.repo = repo;
        this.akses = akses;
        this.properties = properties;
        for (PemilikBukti p : pemilik) {
            if (this.pemilik.put(p.jenis(), p) != null) {
                throw new IllegalStateException("Dua PemilikBukti untuk jenis " + p.jenis());
            }
        }
        penyimpanan.forEach(p -> this.penyimpanan.put(p.nama(), p));
        String aktif = properties.getPenyimpanan().trim().toUpperCase(Locale.ROOT);
        this.penyimpananAktif = this.penyimpanan.get(aktif);
        if (penyimpananAktif == null) {
            throw new IllegalStateException("kinerja.bukti.penyimpanan: postgres atau s3, bukan " + aktif);
        }
        this.deteksi = new DeteksiJenisBerkas(properties.getJenisDiizinkan());
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** One row of the evidence list. */
    public record BuktiView(long id, long version, String jenisPemilik, long pemilikId, JenisBukti jenis, String nama,
            String url, String contentType, Long ukuran, String sha256, String oleh, LocalDateTime pada) {

        public boolean berkas() {
            return jenis == JenisBukti.BERKAS;
        }

        /** In the request's language ("1,5 MB"); empty for a link. */
        public String ukuranTampil() {
            return ukuran == null ? "" : UkuranBerkas.tampil(ukuran);
        }
    }

    /** What the evidence fragment shows for one owner. */
    public record PanelBukti(String jenisPemilik, long pemilikId, String label, String tautanPemilik,
            List<BuktiView> daftar,
            boolean bolehUbah, boolean terkunci, boolean penuh, long maksUkuran, int maksPerPemilik,
            int maksPanjangTautan, String accept) {

        public String anchor() {
            return "bukti-" + jenisPemilik + "-" + pemilikId;
        }

        /** Matches the owner a flash message or field error belongs to (several panels on a page). */
        public String kunci() {
            return jenisPemilik + ":" + pemilikId;
        }

        public String maksUkuranTampil() {
            return UkuranBerkas.tampil(maksUkuran);
        }
    }

    /** Writes the stored bytes to a stream, outside any transaction. */
    @FunctionalInterface
    public interface IsiBukti {
        void tulisKe(OutputStream keluar) throws IOException;
    }

    public record Unduhan(String namaFile, String contentType, long ukuran, String sha256, IsiBukti isi) {
    }

    /** A stored file, with a note when the name's extension was corrected to what the bytes are. */
    public record HasilUnggah(BuktiView bukti, boolean namaDisesuaikan) {
    }

    @Transactional(readOnly = true)
    public PanelBukti panel(String jenisPemilik, long pemilikId) {
        InfoPemilik info = info(jenisPemilik, pemilikId);
        periksaBaca(info.unitId());
        List<BuktiView> daftar = repo.findByJenisPemilikAndPemilikIdOrderById(jenisPemilik, pemilikId).stream()
                .map(this::view).toList();
        return panel(jenisPemilik, pemilikId, info, daftar, akses.boleh(Aksi.SUSUN, info.unitId()));
    }

    /**
     * Panels of many records of one kind at once (an entry page with a row per value): one query
     * for all their evidence and one reach check per unit. Records out of reach or unknown are
     * left out, not refused.
     */
    @Transactional(readOnly = true)
    public Map<Long, PanelBukti> panelSemua(String jenisPemilik, Collection<Long> pemilikIds) {
        if (pemilikIds.size() > 1000) {
            throw new IllegalArgumentException("Terlalu banyak pemilik sekaligus: " + pemilikIds.size());
        }
        Map<Long, Boolean> lihat = new HashMap<>();
        Map<Long, Boolean> susun = new HashMap<>();
        Map<Long, InfoPemilik> infos = new LinkedHashMap<>();
        PemilikBukti p = pemilik.get(jenisPemilik);
        Map<Long, InfoPemilik> semuaInfo = p == null ? Map.of()
                : p.infoBanyak(pemilikIds.stream().filter(java.util.Objects::nonNull).distinct().toList());
        for (Long id : new LinkedHashSet<>(pemilikIds)) {
            InfoPemilik info = id == null ? null : semuaInfo.get(id);
            if (info != null && lihat.computeIfAbsent(info.unitId(), this::bolehBaca)) {
                infos.put(id, info);
            }
        }
        Map<Long, List<BuktiView>> semua = new HashMap<>();
        if (!infos.isEmpty()) {
            repo.findByJenisPemilikAndPemilikIdInOrderById(jenisPemilik, infos.keySet())
                    .forEach(b -> semua.computeIfAbsent(b.getPemilikId(), k -> new ArrayList<>()).add(view(b)));
        }
        Map<Long, PanelBukti> hasil = new LinkedHashMap<>();
        infos.forEach((id, info) -> hasil.put(id, panel(jenisPemilik, id, info, semua.getOrDefault(id, List.of()),
                susun.computeIfAbsent(info.unitId(), u -> akses.boleh(Aksi.SUSUN, u)))));
        return hasil;
    }

    private PanelBukti panel(String jenisPemilik, long pemilikId, InfoPemilik info, List<BuktiView> daftar,
            boolean bolehSusun) {
        return new PanelBukti(jenisPemilik, pemilikId, info.label(), info.tautan(), daftar,
                info.dapatDiubah() && bolehSusun, !info.dapatDiubah(), daftar.size() >= properties.getMaksPerPemilik(),
                properties.getMaksUkuran().toBytes(), properties.getMaksPerPemilik(),
                properties.getMaksPanjangTautan(), accept());
    }

    /**
     * Stores an uploaded file: checks reach, lock, count and declared size before reading a byte;
     * sniffs the type from the first bytes; hashes while storing. Any refusal leaves nothing behind.
     */
    @Transactional
    public HasilUnggah unggah(String jenisPemilik, long pemilikId, String namaAsli, long ukuran,
            InputStreamSource sumber) {
        InfoPemilik info = bolehUbah(jenisPemilik, pemilikId);
        periksaJumlah(jenisPemilik, pemilikId);
        if (sumber == null || ukuran <= 0) {
            throw new BusinessRuleException("berkas", "bukti.berkas.wajib");
        }
        long maks = properties.getMaksUkuran().toBytes();
        if (ukuran > maks) {
            throw new BusinessRuleException("berkas", "bukti.berkas.terlaluBesar", UkuranBerkas.tampil(ukuran),
                    UkuranBerkas.tampil(maks));
        }
        String nama = NamaBerkas.bersihkan(namaAsli, MAKS_NAMA);
        try (InputStream mentah = sumber.getInputStream();
                BufferedInputStream in = new BufferedInputStream(mentah, BUFFER_DETEKSI)) {
            DeteksiJenisBerkas.Hasil jenis = deteksi.deteksi(in, nama);
            if (!jenis.diterima()) {
                throw ditolak(nama, jenis);
            }
            String namaSimpan = NamaBerkas.sesuaikanEkstensi(nama, jenis.ekstensi(), MAKS_NAMA);
            String contentType = jenis.jenis().toString();
            String kunci = UUID.randomUUID().toString();
            HashingInputStream hashing = new HashingInputStream(in);
            penyimpananAktif.simpan(kunci, hashing, ukuran, contentType);
            if (hashing.jumlah() != ukuran || hashing.read() >= 0) {
                throw new IllegalStateException("Ukuran berkas berbeda dari yang dinyatakan: " + ukuran);
            }
            KinerjaUser oleh = AksesService.penggunaSaatIni();
            BuktiDukung b = repo.saveAndFlush(BuktiDukung.berkas(jenisPemilik, pemilikId, info.unitId(), namaSimpan,
                    contentType, ukuran, hashing.sha256Hex(), penyimpananAktif.nama(), kunci, oleh.getId(),
                    oleh.getNama(), clock.instant()));
            return new HasilUnggah(view(b), !namaSimpan.equals(nama));
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas bukti tidak terbaca", e);
        }
    }

    @Transactional
    public BuktiView tambahTautan(String jenisPemilik, long pemilikId, String url, String judul) {
        InfoPemilik info = bolehUbah(jenisPemilik, pemilikId);
        periksaJumlah(jenisPemilik, pemilikId);
        String alamat = url == null ? "" : url.strip();
        if (alamat.isEmpty()) {
            throw new BusinessRuleException("url", "bukti.tautan.wajib");
        }
        if (alamat.length() > properties.getMaksPanjangTautan()) {
            throw new BusinessRuleException("url", "bukti.tautan.terlaluPanjang", properties.getMaksPanjangTautan());
        }
        URI uri = tautanSah(alamat);
        String teks = judul == null || judul.isBlank() ? uri.getHost() : judul.strip();
        if (teks.length() > MAKS_JUDUL) {
            throw new BusinessRuleException("judul", "bukti.judulTautan.terlaluPanjang", MAKS_JUDUL);
        }
        KinerjaUser oleh = AksesService.penggunaSaatIni();
        BuktiDukung b = repo.saveAndFlush(BuktiDukung.tautan(jenisPemilik, pemilikId, info.unitId(), alamat, teks,
                oleh.getId(), oleh.getNama(), clock.instant()));
        return view(b);
    }

    /** Deletes one piece of evidence; {@code version} is what the user saw (stale → 409). */
    @Transactional
    public BuktiView hapus(long id, long version) {
        BuktiDukung b = repo.findById(id).orElseThrow(() -> new BuktiNotFoundException(id));
        bolehUbah(b.getJenisPemilik(), b.getPemilikId());
        if (b.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(BuktiDukung.class, id);
        }
        BuktiView view = view(b);
        repo.delete(b);
        repo.flush();
        if (b.getJenis() == JenisBukti.BERKAS) {
            penyimpanan(b.getPenyimpanan()).hapus(b.getKunciPenyimpanan());
        }
        return view;
    }

    /** The file after a reach check; its bytes are streamed afterwards by the caller. */
    @Transactional(readOnly = true)
    public Unduhan unduh(long id) {
        BuktiDukung b = repo.findById(id).filter(x -> x.getJenis() == JenisBukti.BERKAS)
                .orElseThrow(() -> new BuktiNotFoundException(id));
        periksaBaca(info(b.getJenisPemilik(), b.getPemilikId()).unitId());
        PenyimpananBukti tempat = penyimpanan(b.getPenyimpanan());
        String kunci = b.getKunciPenyimpanan();
        return new Unduhan(b.getNamaFile(), b.getContentType(), b.getUkuran(), b.getSha256(),
                keluar -> tempat.salin(kunci, keluar));
    }

    /**
     * Who reads evidence: whoever sees its unit, and (read-only, to check what flows up) whoever
     * sees a unit above it, e.g. the planner of the upper unit whose value is derived from this
     * one. Changing it still needs SUSUN on the unit itself.
     */
    public boolean bolehBaca(long unitId) {
        if (akses.boleh(Aksi.LIHAT, unitId)) {
            return true;
        }
        String path = organisasi.unit(unitId).map(OrganisasiQuery.UnitInfo::path).orElse(null);
        if (path == null) {
            return false;
        }
        AksesService.Cakupan lihat = akses.cakupan(Aksi.LIHAT);
        // the ancestors' paths are the prefixes of this one: "/1/", "/1/5/", ...
        for (int i = path.indexOf('/', 1); i > 0 && i < path.length() - 1; i = path.indexOf('/', i + 1)) {
            if (lihat.mencakup(path.substring(0, i + 1))) {
                return true;
            }
        }
        return false;
    }

    private void periksaBaca(long unitId) {
        if (!bolehBaca(unitId)) {
            throw new AccessDeniedException("Tidak berwenang atas unit " + unitId);
        }
    }

    /** For owners that list their evidence elsewhere (prints): files and links, no reach check. */
    @Transactional(readOnly = true)
    public List<BuktiView> daftarTanpaPeriksa(String jenisPemilik, long pemilikId) {
        return repo.findByJenisPemilikAndPemilikIdOrderById(jenisPemilik, pemilikId).stream().map(this::view).toList();
    }

    /** The {@code accept} attribute of the file input: a hint for the browser's picker only. */
    private static String accept() {
        return ".pdf,.png,.jpg,.jpeg,.gif,.webp,.tif,.tiff,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.zip";
    }

    private InfoPemilik bolehUbah(String jenisPemilik, long pemilikId) {
        InfoPemilik info = info(jenisPemilik, pemilikId);
        akses.periksa(Aksi.SUSUN, info.unitId());
        if (!info.dapatDiubah()) {
            throw new BusinessRuleException("bukti", "bukti.terkunci");
        }
        return info;
    }

    private void periksaJumlah(String jenisPemilik, long pemilikId) {
        if (repo.countByJenisPemilikAndPemilikId(jenisPemilik, pemilikId) >= properties.getMaksPerPemilik()) {
            throw new BusinessRuleException("bukti", "bukti.penuh", properties.getMaksPerPemilik());
        }
    }

    private InfoPemilik info(String jenisPemilik, long pemilikId) {
        PemilikBukti p = jenisPemilik == null ? null : pemilik.get(jenisPemilik);
        if (p == null) {
            throw new NotFoundException("Pemilik bukti", jenisPemilik);
        }
        return p.info(pemilikId).orElseThrow(() -> new NotFoundException(jenisPemilik, pemilikId));
    }

    private PenyimpananBukti penyimpanan(String nama) {
        PenyimpananBukti p = penyimpanan.get(nama);
        if (p == null) {
            throw new IllegalStateException("Penyimpanan bukti " + nama + " tidak dikonfigurasi");
        }
        return p;
    }

    private static BusinessRuleException ditolak(String nama, DeteksiJenisBerkas.Hasil jenis) {
        return jenis.terbaca() == null || "application/octet-stream".equals(jenis.terbaca().toString())
                ? new BusinessRuleException("berkas", "bukti.berkas.tidakDikenali", nama)
                : new BusinessRuleException("berkas", "bukti.berkas.jenisDitolak", nama, jenis.terbaca().toString());
    }

    private static URI tautanSah(String alamat) {
        if (alamat.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            throw new BusinessRuleException("url", "bukti.tautan.tidakSah");
        }
        try {
            URI uri = new URI(alamat);
            String skema = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!Set.of("http", "https").contains(skema) || uri.getHost() == null || uri.getHost().isBlank()
                    || uri.getRawUserInfo() != null) {
                throw new BusinessRuleException("url", "bukti.tautan.tidakSah");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new BusinessRuleException("url", "bukti.tautan.tidakSah");
        }
    }

    private BuktiView view(BuktiDukung b) {
        return new BuktiView(b.getId(), b.getVersion(), b.getJenisPemilik(), b.getPemilikId(), b.getJenis(),
                b.getJenis() == JenisBukti.BERKAS ? b.getNamaFile() : b.getJudul(), b.getUrl(), b.getContentType(),
                b.getUkuran(), b.getSha256(), b.getDiunggahOlehNama(),
                LocalDateTime.ofInstant(b.getDiunggahPada(), WIB));
    }
}
