package id.kinerja.bukti;

import id.kinerja.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The storage contract on the real PostgreSQL of the test context (table bukti_isi). */
@IntegrationTest
class PenyimpananPostgresTest extends PenyimpananBuktiKontrak {

    @Autowired
    PenyimpananPostgres postgres;

    @Override
    protected PenyimpananBukti penyimpanan() {
        return postgres;
    }
}
