package id.kinerja.navigasi.web;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Breadcrumbs for every page ({@code remah}, rendered by the layout): Beranda › the unit's chain in
 * the tree › its PK › the IKU › the section, derived from the page's path variables
 * ({@code unitId}, {@code pkId}, {@code ikuId}, {@code tahun}). Only for full GET pages the user
 * may see (the handler still checks access itself); a handful of indexed look-ups, bounded by the
 * tree's depth.
 */
@ControllerAdvice
class RemahRotiAdvice {

    /** One crumb; {@code url} null for the current page. */
    record Remah(String label, String url) {
    }

    private static final int KEDALAMAN_MAKS = 12;

    private final ObjectProvider<OrganisasiQuery> organisasiP;
    private final ObjectProvider<RencanaKinerjaApi> rencanaP;
    private final ObjectProvider<AksesService> aksesP;
    private final MessageSource messages;
    private OrganisasiQuery organisasi;
    private RencanaKinerjaApi rencana;
    private AksesService akses;

    // optional: web slices (@WebMvcTest) render pages without the services the crumbs read
    RemahRotiAdvice(ObjectProvider<OrganisasiQuery> organisasi, ObjectProvider<RencanaKinerjaApi> rencana,
            ObjectProvider<AksesService> akses, MessageSource messages) {
        this.organisasiP = organisasi;
        this.rencanaP = rencana;
        this.aksesP = akses;
        this.messages = messages;
    }

    @ModelAttribute("remah")
    List<Remah> remah(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null) {
            return List.of();
        }
        organisasi = organisasiP.getIfAvailable();
        rencana = rencanaP.getIfAvailable();
        akses = aksesP.getIfAvailable();
        if (organisasi == null || rencana == null || akses == null) {
            return List.of();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/") || path.startsWith("/api/") || path.startsWith("/login") || path.startsWith("/unit/")
                || path.endsWith(".pdf") || path.endsWith(".xlsx") || path.contains("/cetak")) {
            return List.of(); // the unit page draws its own; prints and downloads have none
        }
        @SuppressWarnings("unchecked")
        Map<String, String> v = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        try {
            return susun(path, v == null ? Map.of() : v);
        } catch (RuntimeException e) {
            return List.of(); // a bad id: the handler answers it (404/403), the crumbs just stay away
        }
    }

    private List<Remah> susun(String path, Map<String, String> v) {
        List<Remah> out = new ArrayList<>();
        out.add(new Remah(teks("menu.beranda"), "/"));
        Long unitId = angka(v.get("unitId"));
        Long pkId = angka(v.get("pkId"));
        Long ikuId = angka(v.get("ikuId"));
        Optional<RencanaKinerjaApi.Letak> letak = ikuId != null ? rencana.letakIku(ikuId)
                : pkId != null ? rencana.letakPk(pkId) : Optional.empty();
        if ((ikuId != null || pkId != null) && letak.isEmpty()) {
            return List.of();
        }
        if (letak.isPresent()) {
            unitId = letak.get().unitId();
            pkId = letak.get().pkId();
        }
        if (unitId != null && akses.boleh(Aksi.LIHAT, unitId)) {
            OrganisasiQuery.UnitInfo unit = organisasi.unit(unitId).orElse(null);
            if (unit == null) {
                return List.of();
            }
            List<OrganisasiQuery.UnitInfo> rantai = new ArrayList<>();
            for (OrganisasiQuery.UnitInfo u = unit; u != null && rantai.size() < KEDALAMAN_MAKS;
                    u = u.indukId() == null ? null : organisasi.unit(u.indukId()).orElse(null)) {
                rantai.add(0, u);
            }
            // an ancestor outside the user's reach (a Perencana's parent units) is named, not linked
            AksesService.Cakupan lihat = akses.cakupan(Aksi.LIHAT);
            rantai.forEach(u -> out.add(new Remah(u.nama(), lihat.mencakup(u.path()) ? "/unit/" + u.id() : null)));
        }
        if (letak.isPresent()) {
            RencanaKinerjaApi.Letak l = letak.get();
            out.add(new Remah(teks("remah.pk", String.valueOf(l.tahun()), l.nomorVersi()), "/perencanaan/pk/" + l.pkId()));
            if (l.ikuId() != null) {
                out.add(new Remah(teks("remah.iku", l.ikuKode()), "/perencanaan/pk/" + l.pkId() + "/iku/" + l.ikuId()));
            }
        }
        String bagian = bagian(path, v);
        if (bagian != null && !path.equals("/perencanaan/pk/" + pkId)) {
            out.add(new Remah(bagian, null));
        }
        if (out.size() == 1) {
            return List.of();
        }
        return out;
    }

    /** The section the page belongs to, from the first segment of its path. */
    private String bagian(String path, Map<String, String> v) {
        String[] s = path.split("/");
        if (s.length < 2) {
            return null;
        }
        String tahun = v.get("tahun");
        return switch (s[1]) {
            case "perencanaan" -> path.contains("/iku/") ? null : path.contains("/rencana-aksi") ? teks("remah.renaksi")
                    : path.contains("/peta") ? teks("peta.judul") : teks("menu.perencanaan");
            case "realisasi" -> teks("realisasi.menu") + (tahun != null ? " " + tahun : "")
                    + (v.get("tw") != null ? " TW" + v.get("tw") : "");
            case "cascading" -> teks("remah.cascading");
            case "bukti" -> teks("bukti.judul");
            case "admin" -> teks("menu.administrasi");
            case "simulasi" -> teks("menu.simulasi");
            case "unit" -> teks("menu.unit");
            case "kotak-masuk" -> teks("kotakmasuk.menu");
            default -> null;
        };
    }

    private String teks(String kunci, Object... args) {
        return messages.getMessage(kunci, args, kunci, LocaleContextHolder.getLocale());
    }

    private static Long angka(String s) {
        if (s == null || s.length() > 18) {
            return null;
        }
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
