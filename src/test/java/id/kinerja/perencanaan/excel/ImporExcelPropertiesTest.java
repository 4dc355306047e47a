package id.kinerja.perencanaan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** docs/operations.md's limits bind under their names; nonsense stops the start. */
class ImporExcelPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ImporExcelProperties.class)
    static class Setelan {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Setelan.class);

    @Test
    void defaultsAndNames() {
        runner.run(ctx -> assertThat(ctx.getBean(ImporExcelProperties.class))
                .isEqualTo(new ImporExcelProperties(DataSize.ofMegabytes(30), 100, 2)));
        runner.withPropertyValues("kinerja.excel.impor.maks-terurai=10MB", "kinerja.excel.impor.maks-kolom=256",
                "kinerja.excel.impor.serentak=1")
                .run(ctx -> assertThat(ctx.getBean(ImporExcelProperties.class))
                        .isEqualTo(new ImporExcelProperties(DataSize.ofMegabytes(10), 256, 1)));
    }

    @Test
    void refusesLimitsTheReaderCannotKeep() {
        runner.withPropertyValues("kinerja.excel.impor.maks-kolom=257").run(ctx -> assertThat(ctx).hasFailed());
        runner.withPropertyValues("kinerja.excel.impor.maks-kolom=0").run(ctx -> assertThat(ctx).hasFailed());
        runner.withPropertyValues("kinerja.excel.impor.serentak=0").run(ctx -> assertThat(ctx).hasFailed());
    }
}
