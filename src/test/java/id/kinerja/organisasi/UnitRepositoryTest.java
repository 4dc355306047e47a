package id.kinerja.organisasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.platform.database.EmbeddedPostgresAutoConfiguration;
import id.kinerja.support.JamUjiConfiguration;
import id.kinerja.support.TestDatabaseConfiguration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Import;

/** Repository queries on a real PostgreSQL with the real Flyway schema (no demo data here). */
@DataJpaTest(properties = "kinerja.embedded-db.data-dir=")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration(EmbeddedPostgresAutoConfiguration.class)
@Import({TestDatabaseConfiguration.class, JamUjiConfiguration.class})
class UnitRepositoryTest {

    @Autowired
    OrganisasiRepository organisasi;

    @Autowired
    UnitLevelRepository levels;

    @Autowired
    UnitRepository units;

    private Unit simpan(Organisasi org, Unit induk, UnitLevel level, String kode) {
        Unit u = units.saveAndFlush(new Unit(org, induk, level, kode, "Unit " + kode, JenisUnit.UNIT_KERJA, false,
                null, 0));
        u.tetapkanPath();
        units.flush();
        return u;
    }

    @Test
    void subtreeByMaterialisedPathAndReRootingAfterAMove() {
        Organisasi org = organisasi.save(new Organisasi("REPO", "Kementerian Uji", "KU", "MARVES", "Jakarta"));
        UnitLevel l0 = levels.save(new UnitLevel(org, 0, "L0", "Level 0", true));
        UnitLevel l1 = levels.save(new UnitLevel(org, 1, "L1", "Level 1", false));
        UnitLevel l2 = levels.save(new UnitLevel(org, 2, "L2", "Level 2", false));
        levels.save(new UnitLevel(org, 3, "L3", "Level 3", false));
        Unit akar = simpan(org, null, l0, "AKAR");
        Unit a = simpan(org, akar, l1, "A");
        Unit b = simpan(org, akar, l1, "B");
        Unit a1 = simpan(org, a, l2, "A1");

        assertThat(units.findSubtree(a.getPath())).extracting(Unit::getKode).containsExactly("A", "A1");
        assertThat(units.findSubtree(akar.getPath())).hasSize(4);
        // "/1/2/" must not match "/1/20/": the trailing slash is part of the prefix
        assertThat(a.getPath()).endsWith("/");

        String oldPath = a.getPath();
        a.pindah(b, l2);
        units.flush();
        units.geserSubtree(oldPath, a.getPath(), 1);

        Unit movedChild = units.findById(a1.getId()).orElseThrow();
        assertThat(movedChild.getPath()).isEqualTo(b.getPath() + a.getId() + "/" + a1.getId() + "/");
        assertThat(movedChild.getLevel().getKedalaman()).isEqualTo(3);
        List<Unit> subtreeB = units.findSubtree(b.getPath());
        assertThat(subtreeB).extracting(Unit::getKode).containsExactly("B", "A", "A1");
    }
}
