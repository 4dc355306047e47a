package id.kinerja.kotakmasuk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/** Gathers every module's inbox lines for the signed-in user, most urgent first. */
@Service
public class KotakMasukService {

    private final List<SumberKotakMasuk> sumber;

    KotakMasukService(List<SumberKotakMasuk> sumber) {
        this.sumber = List.copyOf(sumber);
    }

    public List<ButirKotakMasuk> butir() {
        var semua = new ArrayList<ButirKotakMasuk>();
        sumber.forEach(s -> s.butirUntukPenggunaSaatIni().stream().filter(b -> b.jumlah() > 0).forEach(semua::add));
        semua.sort(Comparator.comparingInt(ButirKotakMasuk::keparahan).reversed()
                .thenComparing(ButirKotakMasuk::kodePesan));
        return semua;
    }

    public long jumlah() {
        return butir().stream().mapToLong(ButirKotakMasuk::jumlah).sum();
    }
}
