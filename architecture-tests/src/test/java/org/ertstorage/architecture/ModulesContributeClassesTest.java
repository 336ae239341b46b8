package org.ertstorage.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules over packages that import nothing pass vacuously; this fails instead when a module's
 * classes did not reach the analysis (a renamed package, a module missing from the path).
 */
class ModulesContributeClassesTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProduction() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ertstorage");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "org.ertstorage.domain",
        "org.ertstorage.application.port.in",
        "org.ertstorage.application.port.out",
        "org.ertstorage.application.service",
        "org.ertstorage.adapter.http",
        "org.ertstorage.adapter.persistence",
        "org.ertstorage.adapter.blob",
        "org.ertstorage.adapter.formats",
        "org.ertstorage.batch",
        "org.ertstorage.batch.storage",
        "org.ertstorage.bootstrap",
        "org.ertstorage.architecture"
    })
    void givenModule_import_findsItsClasses(String rootPackage) {
        assertFalse(production.that(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(rootPackage + ".."))
                .isEmpty(), "no production classes found under " + rootPackage);
    }
}
