package id.kinerja.cascading;

import id.kinerja.perencanaan.Iku;
import id.kinerja.perencanaan.IkuRepository;
import id.kinerja.perencanaan.PkDitetapkan;
import id.kinerja.perencanaan.StatusPk;
import java.util.List;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a new PK version comes into force, its IKU (copies that point back through asal) take over
 * the cascading links, the alignment and the crosscutting contributors of the IKU they copy, both
 * upward and downward. The superseded version keeps its own rows as history. The other end of each
 * link is moved to the version in force of its own unit (an end dropped from that version is not
 * carried).
 */
@Component
class TautanIkutVersi {

    private final IkuRepository ikus;
    private final CascadingRepository links;
    private final KeselarasanRepository keselarasan;
    private final KontributorCrosscuttingRepository kontributor;

    TautanIkutVersi(IkuRepository ikus, CascadingRepository links, KeselarasanRepository keselarasan,
            KontributorCrosscuttingRepository kontributor) {
        this.ikus = ikus;
        this.links = links;
        this.keselarasan = keselarasan;
        this.kontributor = kontributor;
    }

    @EventListener
    void pkDitetapkan(PkDitetapkan e) {
        for (Iku baru : ikus.findByPkId(e.pkId())) {
            Iku asal = baru.getAsal();
            if (asal == null) {
                continue;
            }
            for (Cascading c : links.findByBawahIds(List.of(asal.getId()))) {
                Iku atas = berlaku(c.getAtas());
                if (atas != null && !links.existsByAtasIdAndBawahId(atas.getId(), baru.getId())) {
                    links.save(new Cascading(atas, baru, c.getMetode()));
                }
            }
            for (Cascading c : links.findByAtasIds(List.of(asal.getId()))) {
                Iku bawah = berlaku(c.getBawah());
                if (bawah != null && !links.existsByAtasIdAndBawahId(baru.getId(), bawah.getId())) {
                    links.save(new Cascading(baru, bawah, c.getMetode()));
                }
            }
            for (Keselarasan k : keselarasan.findByIku(asal.getId())) {
                boolean sayaPendukung = k.getPendukung().getId().equals(asal.getId());
                Iku lain = berlaku(sayaPendukung ? k.getIku() : k.getPendukung());
                if (lain == null) {
                    continue;
                }
                Iku iku = sayaPendukung ? lain : baru;
                Iku pendukung = sayaPendukung ? baru : lain;
                if (!keselarasan.existsByIkuIdAndPendukungId(iku.getId(), pendukung.getId())) {
                    keselarasan.save(new Keselarasan(iku, pendukung, k.getJenis(), k.getKeterangan()));
                }
            }
            List<KontributorCrosscutting> sudah = kontributor.findByIkuIdOrderById(baru.getId());
            for (KontributorCrosscutting k : kontributor.findByIkuIdOrderById(asal.getId())) {
                boolean ada = sudah.stream().anyMatch(s -> Objects.equals(unitId(s), unitId(k))
                        && Objects.equals(s.getNamaEksternal(), k.getNamaEksternal())
                        && Objects.equals(s.getPeran(), k.getPeran()));
                if (!ada) {
                    kontributor.save(new KontributorCrosscutting(baru, k.getUnit(), k.getNamaEksternal(),
                            k.getPeran()));
                }
            }
        }
        links.flush();
    }

    private static Long unitId(KontributorCrosscutting k) {
        return k.getUnit() == null ? null : k.getUnit().getId();
    }

    /**
     * The IKU in force that continues this one: follow its copies through the approved versions;
     * null when the version in force dropped it.
     */
    private Iku berlaku(Iku iku) {
        Iku kini = iku;
        for (int langkah = 0; langkah < 50; langkah++) {
            Iku lanjut = ikus.findByAsalId(kini.getId()).stream()
                    .filter(i -> i.getSs().getPk().getStatus() == StatusPk.DITETAPKAN
                            || i.getSs().getPk().getStatus() == StatusPk.DIGANTIKAN)
                    .findFirst().orElse(null);
            if (lanjut == null) {
                break;
            }
            kini = lanjut;
        }
        StatusPk status = kini.getSs().getPk().getStatus();
        return status == StatusPk.DIGANTIKAN ? null : kini;
    }
}
