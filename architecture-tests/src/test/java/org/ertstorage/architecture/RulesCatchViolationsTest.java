package org.ertstorage.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.ertstorage.batch.archfixture.BatchCommandUsingHttp;
import org.ertstorage.domain.archfixture.DomainTypeUsingJavalin;
import org.junit.jupiter.api.Test;

/** The rules must fail on code that breaks them, or their passing means nothing. */
class RulesCatchViolationsTest {

    private final com.tngtech.archunit.core.domain.JavaClasses offending =
            new ClassFileImporter().importClasses(DomainTypeUsingJavalin.class);

    @Test
    void givenDomainClassImportingJavalin_domainIsPure_fails() {
        assertTrue(ErtStorageRules.DOMAIN_IS_PURE.evaluate(offending).hasViolation());
    }

    @Test
    void givenDomainClassImportingJavalin_librariesStayInTheirAdapter_fails() {
        assertTrue(ErtStorageRules.LIBRARIES_STAY_IN_THEIR_ADAPTER.evaluate(offending).hasViolation());
    }

    @Test
    void givenBatchClassUsingTheHttpAdapter_batchNeverUsesHttp_fails() {
        var batch = new ClassFileImporter().importClasses(BatchCommandUsingHttp.class);
        assertTrue(ErtStorageRules.BATCH_NEVER_USES_HTTP.evaluate(batch).hasViolation());
    }

    @Test
    void givenMutableDomainField_domainIsImmutable_fails() {
        assertTrue(ErtStorageRules.DOMAIN_IS_IMMUTABLE.evaluate(offending).hasViolation());
    }
}
