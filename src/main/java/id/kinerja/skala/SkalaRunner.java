package id.kinerja.skala;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code --kinerja.skala.muat=true}: loads the generated ministry once (skipped when its organisation
 * code already exists), writes the accounts to {@code kinerja.skala.akun-csv} for the load test, and
 * with {@code --kinerja.skala.keluar=true} stops the application afterwards.
 */
@Component
@Order(100)
@ConditionalOnBooleanProperty("kinerja.skala.muat")
class SkalaRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SkalaRunner.class);

    private final MuatSkala muat;
    private final JdbcTemplate jdbc;
    private final ConfigurableApplicationContext context;
    private final UkuranSkala ukuran;
    private final String kataSandi;
    private final String akunCsv;
    private final boolean keluar;

    SkalaRunner(MuatSkala muat, JdbcTemplate jdbc, ConfigurableApplicationContext context,
            @Value("${kinerja.skala.kode:SKALA}") String kode, @Value("${kinerja.skala.tahun:2026}") int tahun,
            @Value("${kinerja.skala.eselon1:15}") int eselon1, @Value("${kinerja.skala.eselon2:10}") int eselon2,
            @Value("${kinerja.skala.perwakilan:250}") int perwakilan,
            @Value("${kinerja.skala.individu:6000}") int individu, @Value("${kinerja.skala.pengguna:50}") int pengguna,
            @Value("${kinerja.skala.seed:42}") long seed, @Value("${kinerja.skala.kata-sandi:skala-uji}") String kataSandi,
            @Value("${kinerja.skala.akun-csv:target/skala-akun.csv}") String akunCsv,
            @Value("${kinerja.skala.keluar:false}") boolean keluar) {
        this.muat = muat;
        this.jdbc = jdbc;
        this.context = context;
        this.ukuran = new UkuranSkala(kode, tahun, eselon1, eselon2, perwakilan, individu, pengguna, seed);
        this.kataSandi = kataSandi;
        this.akunCsv = akunCsv;
        this.keluar = keluar;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Integer ada = jdbc.queryForObject("select count(*) from organisasi where kode = ?", Integer.class,
                ukuran.kode());
        if (ada != null && ada > 0) {
            log.info("Data skala {} sudah ada: tidak dimuat ulang", ukuran.kode());
        } else {
            MuatSkala.Hasil h = muat.muat(ukuran, kataSandi);
            log.info("Data skala {} dimuat dalam {} ms: {} unit, {} PK, {} IKU, {} target periode, {} cascading, "
                    + "{} realisasi, {} laporan, {} akun", h.kode(), h.milidetik(), h.unit(), h.pk(), h.iku(),
                    h.targetPeriode(), h.cascading(), h.realisasi(), h.laporan(), h.akun().size());
            Path csv = Path.of(akunCsv);
            if (csv.getParent() != null) {
                Files.createDirectories(csv.getParent());
            }
            Files.writeString(csv, "username,peran,unit,unitId,pkId\n" + h.akun().stream()
                    .map(a -> a.username() + "," + a.peran() + "," + a.unitKode() + "," + a.unitId() + "," + a.pkId()).collect(Collectors.joining("\n"))
                    + "\n", StandardCharsets.UTF_8);
            log.info("Akun uji skala ditulis ke {}", csv.toAbsolutePath());
        }
        if (keluar) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
