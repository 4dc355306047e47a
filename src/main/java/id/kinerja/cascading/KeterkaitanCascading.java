package id.kinerja.cascading;

import id.kinerja.perencanaan.Iku;
import id.kinerja.perencanaan.KeterkaitanIku;
import id.kinerja.platform.galat.BusinessRuleException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * An IKU cascaded from above, or carried by units below, or aligned with another unit's IKU cannot
 * be deleted from its own PK: the link is removed first where it was made. Crosscutting
 * contributors belong to the IKU alone and go with it.
 */
@Component
class KeterkaitanCascading implements KeterkaitanIku {

    private final CascadingRepository links;
    private final KeselarasanRepository keselarasan;
    private final KontributorCrosscuttingRepository kontributor;

    KeterkaitanCascading(CascadingRepository links, KeselarasanRepository keselarasan,
            KontributorCrosscuttingRepository kontributor) {
        this.links = links;
        this.keselarasan = keselarasan;
        this.kontributor = kontributor;
    }

    @Override
    public void periksaHapus(Long ikuId) {
        List<Cascading> atas = links.findByBawahIds(List.of(ikuId));
        if (!atas.isEmpty()) {
            Iku a = atas.get(0).getAtas();
            throw new BusinessRuleException("iku", "pk.iku.hapus.dicascadeDariAtas", a.getKode() + " " + a.getNama(),
                    a.getSs().getPk().getUnit().getNama());
        }
        List<Cascading> bawah = links.findByAtasIds(List.of(ikuId));
        if (!bawah.isEmpty()) {
            throw new BusinessRuleException("iku", "pk.iku.hapus.masihDicascade", bawah.stream()
                    .map(c -> c.getBawah().getSs().getPk().getUnit().getNama() + " (" + c.getBawah().getKode() + ")")
                    .distinct().collect(Collectors.joining(", ")));
        }
        List<Keselarasan> selaras = keselarasan.findByIku(ikuId);
        if (!selaras.isEmpty()) {
            throw new BusinessRuleException("iku", "pk.iku.hapus.masihSelaras", selaras.stream()
                    .map(k -> k.getIku().getId().equals(ikuId) ? k.getPendukung() : k.getIku())
                    .map(i -> i.getSs().getPk().getUnit().getNama() + " (" + i.getKode() + ")")
                    .distinct().collect(Collectors.joining(", ")));
        }
    }

    @Override
    public List<Pesan> ikutTerhapus(Long ikuId) {
        int n = kontributor.findByIkuIdOrderById(ikuId).size();
        return n == 0 ? List.of() : List.of(new Pesan("pk.iku.hapus.ikutKontributor", n));
    }

    @Override
    public void hapusBersama(Long ikuId) {
        kontributor.deleteAll(kontributor.findByIkuIdOrderById(ikuId));
        kontributor.flush();
    }
}
