package id.kinerja.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The property names of README/operations.md still bind, and nonsense stops the start. */
class SetelanAwalTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({DemoProperties.class, AdminAwalProperties.class})
    static class Setelan {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Setelan.class);

    @Test
    void demoUnsetOrEmptyFollowsTheEmbeddedDatabase() {
        runner.run(ctx -> {
            DemoProperties demo = ctx.getBean(DemoProperties.class);
            assertThat(demo.aktif(true)).isTrue();
            assertThat(demo.aktif(false)).isFalse();
        });
        // KINERJA_DEMO unset reaches the binder as an empty string (application.yml: ${KINERJA_DEMO:})
        runner.withPropertyValues("kinerja.demo.enabled=").run(ctx -> {
            assertThat(ctx.getBean(DemoProperties.class).aktif(true)).isTrue();
            assertThat(ctx.getBean(DemoProperties.class).aktif(false)).isFalse();
        });
        runner.withPropertyValues("kinerja.demo.enabled=false").run(ctx ->
                assertThat(ctx.getBean(DemoProperties.class).aktif(true)).isFalse());
        runner.withPropertyValues("kinerja.demo.enabled=true").run(ctx ->
                assertThat(ctx.getBean(DemoProperties.class).aktif(false)).isTrue());
    }

    @Test
    void demoRefusesAWordThatIsNotABoolean() {
        runner.withPropertyValues("kinerja.demo.enabled=kadang").run(ctx -> assertThat(ctx).hasFailed());
    }

    @Test
    void bootstrapAdminBindsTheDocumentedNamesAndHidesThePassword() {
        runner.withPropertyValues("kinerja.bootstrap-admin.username=admin",
                "kinerja.bootstrap-admin.password=Rahasia-panjang-2026").run(ctx -> {
                    AdminAwalProperties admin = ctx.getBean(AdminAwalProperties.class);
                    assertThat(admin.username()).isEqualTo("admin");
                    assertThat(admin.password()).isEqualTo("Rahasia-panjang-2026");
                    assertThat(admin.nama()).isEqualTo("Administrator");
                    assertThat(admin.toString()).doesNotContain("Rahasia");
                });
        runner.run(ctx -> assertThat(ctx.getBean(AdminAwalProperties.class).username()).isEmpty());
    }

    @Test
    void bootstrapAdminRefusesAUsernameTheColumnCannotHoldOrABlankName() {
        runner.withPropertyValues("kinerja.bootstrap-admin.username=" + "a".repeat(61))
                .run(ctx -> assertThat(ctx).hasFailed());
        runner.withPropertyValues("kinerja.bootstrap-admin.nama= ").run(ctx -> assertThat(ctx).hasFailed());
    }
}
