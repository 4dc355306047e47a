package id.kinerja.kotakmasuk;

import id.kinerja.platform.web.MemoPermintaan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers every module's inbox lines for the signed-in user, most urgent first. */
@Service
public class KotakMasukService {

    private final List<SumberKotakMasuk> sumber;

    KotakMasukService(List<SumberKotakMasuk> sumber) {
        this.sumber = List.copyOf(sumber);
    }

    /**
     * This request's lines: the navbar count and the inbox page share one computation, and every
     * module's count runs in this one read transaction (not one each).
     */
    @Transactional(readOnly = true)
    public List<ButirKotakMasuk> butir() {
        return MemoPermintaan.sekali("kotakmasuk.butir", this::hitung);
    }

    private List<ButirKotakMasuk> hitung() {
        var semua = new ArrayList<ButirKotakMasuk>();
        sumber.forEach(s -> s.butirUntukPenggunaSaatIni().stream().filter(b -> b.jumlah() > 0).forEach(semua::add));
        semua.sort(Comparator.comparingInt(ButirKotakMasuk::keparahan).reversed()
                .thenComparing(ButirKotakMasuk::kodePesan));
        return List.copyOf(semua);
    }

    @Transactional(readOnly = true)
    public long jumlah() {
        return butir().stream().mapToLong(ButirKotakMasuk::jumlah).sum();
    }
}
