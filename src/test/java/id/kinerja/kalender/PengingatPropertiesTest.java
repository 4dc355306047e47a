package id.kinerja.kalender;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** docs/kalender.md's names and defaults bind; an out-of-range value stops the start. */
class PengingatPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PengingatProperties.class)
    static class Setelan {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Setelan.class);

    @Test
    void defaultsAndNames() {
        runner.run(ctx -> assertThat(ctx.getBean(PengingatProperties.class))
                .isEqualTo(new PengingatProperties(3, "kinerja@localhost", "")));
        runner.withPropertyValues("kinerja.kalender.pengingat.hari-sebelum=0",
                "kinerja.kalender.pengingat.pengirim=sakip@kemenlu.go.id",
                "kinerja.kalender.pengingat.tautan-dasar=https://kinerja.example")
                .run(ctx -> assertThat(ctx.getBean(PengingatProperties.class))
                        .isEqualTo(new PengingatProperties(0, "sakip@kemenlu.go.id", "https://kinerja.example")));
    }

    @Test
    void refusesDaysOutsideTheWindow() {
        runner.withPropertyValues("kinerja.kalender.pengingat.hari-sebelum=61").run(ctx -> assertThat(ctx).hasFailed());
        runner.withPropertyValues("kinerja.kalender.pengingat.hari-sebelum=-1").run(ctx -> assertThat(ctx).hasFailed());
        runner.withPropertyValues("kinerja.kalender.pengingat.pengirim= ").run(ctx -> assertThat(ctx).hasFailed());
    }
}
