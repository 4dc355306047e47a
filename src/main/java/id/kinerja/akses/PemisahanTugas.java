package id.kinerja.akses;

import id.kinerja.platform.galat.BusinessRuleException;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Segregation of duties, in one place for every document that is drafted by one person and
 * decided by another (PK and its revisions today; realisations and validations later): whoever
 * drafted or submitted a document never approves, returns or validates it, whatever roles they
 * hold. A document is named by a kind ("PK", "REALISASI" …) and its id.
 */
@Service
public class PemisahanTugas {

    public enum Peran {
        SUSUN, AJUKAN
    }

    private final JdbcTemplate jdbc;

    PemisahanTugas(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the current user as drafter (or submitter) of the document, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void catat(String jenis, Long dokumenId, Peran peran) {
        jdbc.update("""
                insert into penyusun_dokumen (jenis, dokumen_id, username, peran) values (?, ?, ?, ?)
                on conflict do nothing""", jenis, dokumenId, AksesService.penggunaSaatIni().getUsername(),
                peran.name());
    }

    /** True when the current user took part in drafting or submitting the document. */
    @Transactional(readOnly = true)
    public boolean ikutMenyusun(String jenis, Long dokumenId) {
        return !jdbc.queryForList("""
                select 1 from penyusun_dokumen where jenis = ? and dokumen_id = ? and username = ? limit 1""",
                Integer.class, jenis, dokumenId, AksesService.penggunaSaatIni().getUsername()).isEmpty();
    }

    /** Refuses the decision (approve, return, validate) with a message when the decider drafted or submitted. */
    @Transactional(readOnly = true)
    public void periksaBolehMemutuskan(String jenis, Long dokumenId) {
        if (ikutMenyusun(jenis, dokumenId)) {
            throw new BusinessRuleException("status", "tugas.terpisah");
        }
    }

    /**
     * Refuses a decision by somebody who already acted on the record (entered, submitted or
     * approved it: the usernames given), e.g. validating a realisation value.
     */
    public void periksaBukanPelaku(Collection<String> pelaku) {
        if (pelaku.contains(AksesService.penggunaSaatIni().getUsername())) {
            throw new BusinessRuleException("status", "tugas.terpisah");
        }
    }

    /** Who drafted or submitted, for a page that explains why a decision is not offered. */
    @Transactional(readOnly = true)
    public List<String> penyusun(String jenis, Long dokumenId) {
        return jdbc.queryForList("select distinct username from penyusun_dokumen where jenis = ? and dokumen_id = ? "
                + "order by username", String.class, jenis, dokumenId);
    }
}
