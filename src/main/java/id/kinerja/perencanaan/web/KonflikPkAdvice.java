package id.kinerja.perencanaan.web;

import id.kinerja.perencanaan.PerencanaanService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * A change inside a PK that someone else changed meanwhile (stale version): the friendly 409 page
 * with the user's input kept in a form that posts it again with the PK's current version, next to
 * a link to the PK as it is now. The SS and IKU forms handle the conflict on their own form.
 */
@ControllerAdvice(assignableTypes = {PerencanaanController.class, RencanaAksiController.class,
        PetaStrategiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class KonflikPkAdvice {

    /** Enough for the widest inline form (a monthly trajectory, an activity); the rest is not echoed. */
    private static final int MAKS_ISIAN = 40;
    private static final int MAKS_PANJANG = 4000;

    // a provider: web-slice tests of other controllers load this advice without the planning service
    private final ObjectProvider<PerencanaanService> perencanaan;

    KonflikPkAdvice(ObjectProvider<PerencanaanService> perencanaan) {
        this.perencanaan = perencanaan;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView konflik(OptimisticLockingFailureException e, HttpServletRequest request) {
        ModelAndView mav = new ModelAndView("perencanaan/konflik");
        mav.setStatus(HttpStatus.CONFLICT);
        Long pkId = pkId(request);
        mav.addObject("pkId", pkId);
        mav.addObject("versiSekarang", pkId == null ? null : perencanaan.getObject().versi(pkId));
        String aksi = request.getRequestURI().substring(request.getContextPath().length());
        // a workflow step (submit, approve, return, new version) is never repeated from this page:
        // the user looks at the PK as it is now first
        mav.addObject("aksi", aksi.matches(".*/(ajukan|tetapkan|kembalikan|versi)") ? null : aksi);
        Map<String, String> isian = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            String nama = p.getKey();
            if (isian.size() >= MAKS_ISIAN || nama.equals("version") || nama.equals("_csrf")
                    || nama.length() > 100 || p.getValue().length == 0) {
                continue;
            }
            String nilai = p.getValue()[0];
            isian.put(nama, nilai.length() > MAKS_PANJANG ? nilai.substring(0, MAKS_PANJANG) : nilai);
        }
        mav.addObject("isian", isian);
        mav.addObject("isianDaftar", List.copyOf(isian.entrySet()));
        return mav;
    }

    @SuppressWarnings("unchecked")
    private static Long pkId(HttpServletRequest request) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (vars instanceof Map<?, ?> m && m.get("pkId") instanceof String s) {
            try {
                return Long.valueOf(s);
            } catch (NumberFormatException ex) {
                return null;
            }
        }
        return null;
    }
}
