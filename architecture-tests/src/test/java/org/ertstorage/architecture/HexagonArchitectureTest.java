package org.ertstorage.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Applies every rule to the production classes of all modules (tests are left out). */
@AnalyzeClasses(packages = "org.ertstorage", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPure = ErtStorageRules.DOMAIN_IS_PURE;
    @ArchTest
    static final ArchRule applicationUsesOnlyDomainAndJdk = ErtStorageRules.APPLICATION_USES_ONLY_DOMAIN_AND_JDK;
    @ArchTest
    static final ArchRule onion = ErtStorageRules.ONION;
    @ArchTest
    static final ArchRule formatsAreASharedLeaf = ErtStorageRules.FORMATS_ARE_A_SHARED_LEAF;
    @ArchTest
    static final ArchRule portsAreIndependent = ErtStorageRules.PORTS_ARE_INDEPENDENT;
    @ArchTest
    static final ArchRule adaptersUsePortsOnly = ErtStorageRules.ADAPTERS_USE_PORTS_ONLY;
    @ArchTest
    static final ArchRule nothingDependsOnBootstrap = ErtStorageRules.NOTHING_DEPENDS_ON_BOOTSTRAP;
    @ArchTest
    static final ArchRule batchNeverUsesHttp = ErtStorageRules.BATCH_NEVER_USES_HTTP;
    @ArchTest
    static final ArchRule librariesStayInTheirAdapter = ErtStorageRules.LIBRARIES_STAY_IN_THEIR_ADAPTER;
    @ArchTest
    static final ArchRule domainIsImmutable = ErtStorageRules.DOMAIN_IS_IMMUTABLE;
    @ArchTest
    static final ArchRule namesSayWhatTypesAre = ErtStorageRules.NAMES_SAY_WHAT_TYPES_ARE;
    @ArchTest
    static final ArchRule noFeatureCycles = ErtStorageRules.NO_FEATURE_CYCLES;
    @ArchTest
    static final ArchRule generalCodingRules = ErtStorageRules.GENERAL_CODING_RULES;
}
