package id.kinerja.platform.database;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time tokens of create forms: the page carries a fresh token, the create consumes it in its
 * own transaction. A double-click or a resubmitted form finds the token used and creates nothing
 * (the second request waits on the first one's row lock, so this holds under concurrency too).
 * A form without a (well-formed) token is simply not protected.
 */
@Service
public class TokenFormulirService {

    public static final String PARAMETER = "tokenFormulir";
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final JdbcTemplate jdbc;

    TokenFormulirService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this submission is the first with the token (go ahead), false when it was used already. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean pakaiSekali(String token) {
        if (token == null || !UUID.matcher(token).matches()) {
            return true;
        }
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            jdbc.update("delete from token_formulir where dipakai < now() - interval '2 days'");
        }
        return jdbc.update("insert into token_formulir (token) values (?) on conflict do nothing", token) == 1;
    }
}
