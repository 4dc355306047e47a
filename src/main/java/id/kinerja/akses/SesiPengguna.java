package id.kinerja.akses;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every open session of one account (password reset, deactivation): the sessions live in
 * PostgreSQL (Spring Session JDBC) indexed by principal name, so this reaches every instance.
 */
@Component
public class SesiPengguna {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sesi;

    SesiPengguna(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sesi) {
        this.sesi = sesi;
    }

    /** Returns how many sessions were ended. */
    public int akhiriSemua(String username) {
        FindByIndexNameSessionRepository<? extends Session> repo = sesi.getIfAvailable();
        if (repo == null || username == null) {
            return 0;
        }
        var ids = repo.findByPrincipalName(username).keySet();
        ids.forEach(repo::deleteById);
        return ids.size();
    }

    /** Ends every open session of the account except the one given (the owner's own, still in use). */
    public int akhiriSemuaKecuali(String username, String sesiDipertahankan) {
        FindByIndexNameSessionRepository<? extends Session> repo = sesi.getIfAvailable();
        if (repo == null || username == null) {
            return 0;
        }
        var ids = repo.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(sesiDipertahankan)).toList();
        ids.forEach(repo::deleteById);
        return ids.size();
    }
}
