package app.bravo;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the package-by-feature layout of STYLE.md true. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.bravo");

    private static final List<String> FEATURES = List.of(
            "people", "admin", "security", "wall", "recognition", "practices", "pulse", "notifications", "insights", "demo", "home");

    @Test
    void no_feature_reaches_into_another_features_internals() {
        for (String feature : FEATURES) {
            noClasses().that().resideOutsideOfPackage("app.bravo." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("app.bravo." + feature + ".internal..")
                    .allowEmptyShould(true)
                    .because("features talk through services and events, not through another feature's internal package")
                    .check(CLASSES);
        }
    }

    @Test
    void packages_form_no_cycles() {
        slices().matching("app.bravo.(*)..")
                .should().beFreeOfCycles()
                .because("what every feature uses lives below them (DESIGN section 4)")
                .check(CLASSES);
    }

    @Test
    void views_never_use_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .because("views call services, never repositories")
                .check(CLASSES);
    }

    @Test
    void the_shared_kernel_depends_on_no_feature() {
        noClasses().that().resideInAPackage("app.bravo.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "app.bravo.people..", "app.bravo.admin..", "app.bravo.wall..", "app.bravo.recognition..",
                        "app.bravo.practices..", "app.bravo.pulse..", "app.bravo.demo..", "app.bravo.home..",
                        "app.bravo.security..", "app.bravo.shell..", "app.bravo.audit..")
                .check(CLASSES);
    }
}
