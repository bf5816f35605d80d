package app.bravo;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps what the code's shape promises (DESIGN section 4, STYLE.md) true. The packages it speaks of
 * are read from the code: every top-level package under {@code app.bravo}, so a new feature is
 * covered the day it lands, without editing a list here. ArchUnit, not Spring Modulith's
 * {@code ApplicationModules.verify()}: see docs/decisions/DD005-architecture-rules.md.
 */
class ArchitectureTest {

    private static final String BASE = "app.bravo";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    /** The top-level packages under app.bravo: the features, plus shared, security, audit and shell. */
    private static final Set<String> PACKAGES = CLASSES.stream()
            .map(JavaClass::getPackageName)
            .filter(p -> p.startsWith(BASE + "."))
            .map(p -> p.substring(BASE.length() + 1).split("\\.")[0])
            .collect(Collectors.toCollection(TreeSet::new));

    /** Views: whatever lives in a ui package, and every Vaadin component wherever it lives. */
    private static final DescribedPredicate<JavaClass> VIEWS =
            resideInAPackage("..ui..").or(assignableTo(Component.class)).as("views (ui packages and components)");

    /** What reads or writes the database directly: repositories, query helpers in internal/, JDBC and JPA. */
    private static final DescribedPredicate<JavaClass> DATABASE_ACCESS = assignableTo(Repository.class)
            .or(resideInAPackage("..internal.."))
            .or(assignableTo(EntityManager.class)).or(assignableTo(JdbcTemplate.class))
            .or(assignableTo(NamedParameterJdbcTemplate.class)).or(assignableTo(JdbcClient.class))
            .as("repositories, query classes of internal packages, JDBC or JPA");

    @Test
    void the_package_list_comes_from_the_code() {
        // if the scan found nothing, every rule below would pass on an empty list
        assertThat(PACKAGES).contains("shared", "security", "audit", "shell", "people", "wall");
    }

    @Test
    void no_package_reaches_into_another_packages_internals() {
        for (String feature : PACKAGES) {
            noClasses().that().resideOutsideOfPackage(BASE + "." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage(BASE + "." + feature + ".internal..")
                    .allowEmptyShould(true)
                    .because("features talk through services and events, not through another feature's internal package")
                    .check(CLASSES);
        }
    }

    @Test
    void packages_form_no_cycles() {
        slices().matching(BASE + ".(*)..")
                .should().beFreeOfCycles()
                .because("what every feature uses lives below them (DESIGN section 4)")
                .check(CLASSES);
    }

    @Test
    void views_reach_no_repository_or_query_class_of_any_package() {
        noClasses().that(VIEWS)
                .should().dependOnClassesThat(DATABASE_ACCESS)
                .because("views call services, never repositories (DESIGN section 4)")
                .check(CLASSES);
    }

    @Test
    void every_route_declares_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .because("every route has a declared role (DESIGN section 6)")
                .check(CLASSES);
    }

    @Test
    void every_service_declares_who_may_call_it_on_the_class() {
        classes().that().areAnnotatedWith(Service.class)
                .should().beAnnotatedWith(PreAuthorize.class)
                .because("every service method has a declared role, the class's unless the method says otherwise (STYLE.md)")
                .check(CLASSES);
    }

    @Test
    void the_shared_kernel_depends_on_no_feature_and_not_on_security() {
        List<String> above = PACKAGES.stream().filter(p -> !p.equals("shared")).map(p -> BASE + "." + p + "..").toList();
        noClasses().that().resideInAPackage(BASE + ".shared..")
                .should().dependOnClassesThat().resideInAnyPackage(above.toArray(String[]::new))
                .because("shared lies below every feature (DESIGN section 4)")
                .check(CLASSES);
    }
}
