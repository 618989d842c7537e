package id.siksacademy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

/** The package rules of the design, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.siksacademy");

    @Test
    void feature_modules_respect_their_boundaries() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void every_route_carries_exactly_one_access_annotation() {
        var accessAnnotations = List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);
        classes().that().areAnnotatedWith(Route.class)
                .should(new ArchCondition<>("carry exactly one access annotation") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        long count = accessAnnotations.stream().filter(item::isAnnotatedWith).count();
                        events.add(new SimpleConditionEvent(item, count == 1,
                                item.getName() + " has " + count + " access annotations"));
                    }
                })
                .check(CLASSES);
    }

    @Test
    void views_never_use_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositories_are_not_public() {
        classes().that().areAssignableTo(Repository.class).and(DescribedPredicate.not(
                        JavaClass.Predicates.simpleName("Repository")))
                .should().notBePublic()
                .check(CLASSES);
    }
}
