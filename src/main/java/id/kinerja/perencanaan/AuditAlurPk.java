package id.kinerja.perencanaan;

import id.kinerja.audit.AuditAksi;
import id.kinerja.audit.AuditService;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes the audit trail entry of every workflow step the PK aggregate registers. */
@Component
class AuditAlurPk {

    private final AuditService audit;

    AuditAlurPk(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void langkah(LangkahAlurPk e) {
        AuditAksi aksi = switch (e.langkah()) {
            case AJUKAN -> AuditAksi.AJUKAN;
            case TARIK -> AuditAksi.BUKA_KEMBALI;
            case KEMBALIKAN -> AuditAksi.KEMBALIKAN;
            case TETAPKAN -> AuditAksi.SETUJUI;
        };
        // a first submission has no "before" worth showing (as before the aggregate)
        Map<String, Object> sebelum = e.langkah() == LangkahPk.AJUKAN ? null : Map.of("status", e.dari().name());
        // a note longer than the audit's keterangan (500) is kept whole in "sesudah"
        Map<String, Object> sesudah = e.catatan() != null && e.catatan().length() > 500
                ? Map.of("status", e.ke().name(), "catatan", e.catatan()) : Map.of("status", e.ke().name());
        audit.catat(aksi, "PerjanjianKinerja", e.pkId(), e.unitId(), sebelum, sesudah, e.catatan());
    }
}
