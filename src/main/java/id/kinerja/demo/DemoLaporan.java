package id.kinerja.demo;

import id.kinerja.laporan.LkjService;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import id.kinerja.perencanaan.RencanaKinerjaApi.IkuRencana;
import id.kinerja.perencanaan.RencanaKinerjaApi.PkBerlaku;
import id.kinerja.renstra.RenstraIku;
import id.kinerja.renstra.RenstraService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Renstra 2025–2029 for the map-owning ministries (and the Marves Eselon II whose annual LKj shows
 * the Renstra columns), built around each unit's 2026 PK: 2025 is a year before the application,
 * recorded with its realisation and capaian; later years rise a little; every second IKU has a
 * national (RPJMN) target. Then a planner's narrative in the TW II LKj draft of the Biro
 * Perencanaan. Independent of the clock: only the PK (always seeded) is read.
 */
@Component
@Order(40)
class DemoLaporan implements LangkahDemo {

    static final int MULAI = 2025;
    private static final List<String> UNIT_RENSTRA = List.of("KEMENLU", "MARVES", "M-ASDEP-EN");
    private static final String UNIT_LKJ = "ROREN";

    private final RenstraService renstra;
    private final RencanaKinerjaApi rencana;
    private final OrganisasiQuery organisasi;
    private final LkjService lkj;

    DemoLaporan(RenstraService renstra, RencanaKinerjaApi rencana, OrganisasiQuery organisasi, LkjService lkj) {
        this.renstra = renstra;
        this.rencana = rencana;
        this.organisasi = organisasi;
        this.lkj = lkj;
    }

    @Override
    public void seed(Map<String, Long> unitIds) {
        for (String kode : UNIT_RENSTRA) {
            Long id = unitIds.get(kode);
            PkBerlaku pk = id == null ? null : pk(id, 4);
            if (pk != null) {
                renstra.isiLangsung(id, MULAI, baris(pk));
            }
        }
        Long roren = unitIds.get(UNIT_LKJ);
        PkBerlaku pk = roren == null ? null : pk(roren, 2);
        if (pk != null && !pk.iku().isEmpty()) {
            IkuRencana iku = pk.iku().get(0);
            lkj.simpanBagian(UNIT_LKJ, DemoData.TAHUN_DEMO, "TW2", "IKU:" + iku.kode() + ":LANGKAH",
                    "Rapat koordinasi bulanan dengan unit pelaksana dan percepatan penyusunan laporan pada TW III.",
                    null);
        }
    }

    private PkBerlaku pk(Long unitId, int triwulan) {
        return organisasi.unit(unitId)
                .flatMap(u -> rencana.berlaku(unitId, u.organisasiId(), DemoData.TAHUN_DEMO, triwulan)).orElse(null);
    }

    static List<RenstraIku.Isi> baris(PkBerlaku pk) {
        List<RenstraIku.Isi> out = new ArrayList<>();
        int n = 0;
        for (IkuRencana i : pk.iku()) {
            BigDecimal t = i.target() != null ? i.target() : i.targetAtas();
            Map<Integer, RenstraIku.PerTahun> per = new LinkedHashMap<>();
            BigDecimal akhir = null;
            if (t != null) {
                BigDecimal t25 = kali(t, "0.95");
                per.put(MULAI, new RenstraIku.PerTahun(MULAI, t25, kali(t25, "0.98"), new BigDecimal("98")));
                per.put(MULAI + 1, new RenstraIku.PerTahun(MULAI + 1, t, null, null));
                for (int k = 2; k <= 4; k++) {
                    BigDecimal tk = kali(t, String.valueOf(1 + 0.03 * (k - 1)));
                    per.put(MULAI + k, new RenstraIku.PerTahun(MULAI + k, tk, null, null));
                    akhir = tk;
                }
            }
            out.add(new RenstraIku.Isi(i.ssKode(), i.ssNama(), i.kode(), i.nama(), i.satuan(), akhir,
                    n++ % 2 == 0 ? akhir : null, per));
        }
        return out;
    }

    private static BigDecimal kali(BigDecimal v, String f) {
        return v.multiply(new BigDecimal(f)).setScale(2, RoundingMode.HALF_UP);
    }
}
