package id.kinerja.arsitektur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Module boundaries: package by feature, no cycles, a pure scoring core, thin web layer. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.kinerja");
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("id.kinerja.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void scoringIsPureJava() {
        classes().that().resideInAPackage("id.kinerja.scoring..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("id.kinerja.scoring..", "java..")
                .check(classes);
    }

    @Test
    void accessControlKnowsNoFeatureAboveIt() {
        noClasses().that().resideInAPackage("id.kinerja.akses..")
                .should().dependOnClassesThat().resideInAnyPackage("id.kinerja.organisasi..", "id.kinerja.pengguna..",
                        "id.kinerja.audit..", "id.kinerja.demo..")
                .check(classes);
    }

    @Test
    void controllersLiveInWebPackagesAndAreNotPublic() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("..web..").andShould().notBePublic()
                .check(classes);
    }

    @Test
    void controllersNeverTalkToRepositories() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void nothingDependsOnTheDemoSeed() {
        noClasses().that().resideOutsideOfPackage("id.kinerja.demo..")
                .should().dependOnClassesThat().resideInAPackage("id.kinerja.demo..")
                .check(classes);
    }

    @Test
    void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage("id.kinerja.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("id.kinerja.organisasi..", "id.kinerja.pengguna..",
                        "id.kinerja.akses..", "id.kinerja.audit..", "id.kinerja.scoring..")
                .check(classes);
    }
}
