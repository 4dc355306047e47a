package id.kinerja.kalender;

import id.kinerja.akses.KinerjaUser;
import id.kinerja.kotakmasuk.ButirKotakMasuk;
import id.kinerja.kotakmasuk.SumberKotakMasuk;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Unread deadline reminders as one inbox line (one COUNT query). */
@Component
class NotifikasiKotakMasuk implements SumberKotakMasuk {

    private final NotifikasiService notifikasi;

    NotifikasiKotakMasuk(NotifikasiService notifikasi) {
        this.notifikasi = notifikasi;
    }

    @Override
    public List<ButirKotakMasuk> butirUntukPenggunaSaatIni() {
        if (!(SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication()
                        .getPrincipal() instanceof KinerjaUser)) {
            return List.of();
        }
        long n = notifikasi.jumlahBelumDibaca();
        return n == 0 ? List.of() : List.of(new ButirKotakMasuk("kalender.kotakmasuk.pengingat", List.of(n),
                "/notifikasi", n, 2));
    }
}
