package org.ertstorage.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The boundaries of the hexagon, in the order of STYLE.md §12. */
public final class ErtStorageRules {

    private static final String DOMAIN = "org.ertstorage.domain..";
    private static final String APPLICATION = "org.ertstorage.application..";
    private static final String HTTP = "org.ertstorage.adapter.http..";
    private static final String PERSISTENCE = "org.ertstorage.adapter.persistence..";
    private static final String BLOB = "org.ertstorage.adapter.blob..";
    private static final String FORMATS = "org.ertstorage.adapter.formats..";
    private static final String BOOTSTRAP = "org.ertstorage.bootstrap..";
    private static final String BATCH = "org.ertstorage.batch..";

    /** Interfaces in port.in that are data (a sealed sum type) or a callback, not a use case. */
    private static final DescribedPredicate<JavaClass> SUM_OR_CALLBACK_TYPES = DescribedPredicate.describe(
            "sealed or functional interfaces",
            type -> type.isAnnotatedWith(FunctionalInterface.class) || type.reflect().isSealed());

    private ErtStorageRules() {
    }

    /** 1. The domain speaks only of itself and the core of the JDK. */
    public static final ArchRule DOMAIN_IS_PURE = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage(DOMAIN, "java.lang..", "java.util..", "java.time..", "java.math..")
            .because("the domain is reused without any framework (batch jobs, tests)");

    /** 2. Use cases depend on the domain and the JDK, never on SQL or a library. */
    public static final ArchRule APPLICATION_USES_ONLY_DOMAIN_AND_JDK = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat()
            // java.io for the streams of the blob ports (STYLE.md 5, "Blob": InputStream and size, never a byte[]).
            .resideInAnyPackage(APPLICATION, DOMAIN, "java.lang..", "java.util..", "java.time..", "java.math..", "java.io..")
            .because("adapters, not use cases, know about technology");

    /** 3. Arrows point inward. */
    public static final ArchRule ONION = onionArchitecture()
            .domainModels(DOMAIN)
            .applicationServices(APPLICATION)
            .adapter("http", HTTP)
            .adapter("persistence", PERSISTENCE)
            .adapter("blob", BLOB)
            // There are no domain services (the domain is records and their methods); the layer
            // is empty, and ModulesContributeClassesTest checks that every other one is not.
            .withOptionalLayers(true)
            // The composition root is outside the onion: it is where the adapters are plugged in.
            .ignoreDependency(resideInAPackage(BOOTSTRAP), DescribedPredicate.alwaysTrue())
            // So are the batch commands, a second entry point; rule 6b keeps the HTTP adapter out of them.
            .ignoreDependency(resideInAPackage(BATCH), DescribedPredicate.alwaysTrue())
            // The record encodings sit beside the adapters, shared by two of them; rule 3b bounds them.
            .ignoreDependency(resideInAPackage(FORMATS), resideInAPackage(DOMAIN));

    /**
     * 3b. The record encodings are a leaf shared by the REST adapter and the batch commands: they know
     * the domain's values and their libraries, no port, no other adapter; the core never knows them.
     */
    public static final ArchRule FORMATS_ARE_A_SHARED_LEAF = CompositeArchRule
            .of(classes().that().resideInAPackage(FORMATS)
                    .should().onlyDependOnClassesThat()
                    .resideInAnyPackage(FORMATS, DOMAIN, "java..", "com.fasterxml..", "de.siegmar.fastcsv.."))
            .and(noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
                    .should().dependOnClassesThat().resideInAPackage(FORMATS));

    /** 4. Incoming and outgoing ports never know each other, nor the services. */
    public static final ArchRule PORTS_ARE_INDEPENDENT = CompositeArchRule
            .of(noClasses().that().resideInAPackage("..application.port.in..")
                    .should().dependOnClassesThat().resideInAnyPackage("..application.port.out..", "..application.service.."))
            .and(noClasses().that().resideInAPackage("..application.port.out..")
                    .should().dependOnClassesThat().resideInAnyPackage("..application.port.in..", "..application.service.."));

    /** 5. Adapters use ports; only bootstrap builds services. */
    public static final ArchRule ADAPTERS_USE_PORTS_ONLY = noClasses().that().resideInAPackage("org.ertstorage.adapter..")
            .should().dependOnClassesThat().resideInAPackage("..application.service..");

    /** 6. Nothing depends on the composition root. */
    public static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP = noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP);

    /**
     * 6b. The batch commands drive the use cases through persistence, blob and formats adapters only:
     * no HTTP adapter, no web framework (issue 9), so a batch job loads none of it.
     */
    public static final ArchRule BATCH_NEVER_USES_HTTP = noClasses().that().resideInAPackage(BATCH)
            .should().dependOnClassesThat().resideInAnyPackage(HTTP, "io.javalin..", "graphql..", "org.dataloader..",
                    "jakarta.servlet..", "org.eclipse.jetty..");

    /** 7. Each library stays inside its adapter. */
    public static final ArchRule LIBRARIES_STAY_IN_THEIR_ADAPTER = CompositeArchRule
            .of(noClasses().that().resideOutsideOfPackage(HTTP)
                    .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "graphql..", "org.dataloader.."))
            // Decision: persistence parses stored userdata JSON with Jackson, which Flyway needs at run time
            // anyway; the formats adapter writes JSON in the original server's dialect with it, and the
            // batch export writes its experiment.json and manifest in that dialect.
            .and(noClasses().that().resideOutsideOfPackages(HTTP, PERSISTENCE, FORMATS, BATCH)
                    .should().dependOnClassesThat().resideInAPackage("com.fasterxml.."))
            .and(noClasses().that().resideOutsideOfPackage(FORMATS)
                    .should().dependOnClassesThat().resideInAPackage("de.siegmar.fastcsv.."))
            .and(noClasses().that().resideOutsideOfPackage(PERSISTENCE)
                    .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.flywaydb..", "java.sql..",
                            "com.zaxxer..", "org.h2..", "org.postgresql.."))
            .and(noClasses().that().resideOutsideOfPackage(BLOB)
                    .should().dependOnClassesThat().resideInAPackage("com.azure.."));

    /** 8. Domain values are immutable. */
    public static final ArchRule DOMAIN_IS_IMMUTABLE = CompositeArchRule
            .of(fields().that().areDeclaredInClassesThat().resideInAPackage(DOMAIN).should().beFinal())
            .and(classes().that().resideInAPackage(DOMAIN)
                    .and(not(assignableTo(Throwable.class)))
                    .and().areNotInterfaces().and().areNotEnums().and().areNotRecords()
                    .and().areNotAnonymousClasses()
                    .should().haveModifier(JavaModifier.FINAL)
                    // Today every domain type is a record, enum, interface or exception; this guards the next class.
                    .allowEmptyShould(true));

    /** 9. Names say what a type is. */
    public static final ArchRule NAMES_SAY_WHAT_TYPES_ARE = CompositeArchRule
            .of(classes().that().resideInAPackage("..application.port.in..").and().areInterfaces()
                    .and().doNotHaveSimpleName("package-info").and(not(SUM_OR_CALLBACK_TYPES))
                    .should().haveSimpleNameEndingWith("UseCase"))
            .and(classes().that().resideInAPackage("..application.service..").and().areTopLevelClasses()
                    .and().doNotHaveSimpleName("package-info")
                    .should().haveSimpleNameEndingWith("Service")
                    .andShould(ImplementsUseCase.condition()))
            .and(classes().that().resideInAPackage("..application.port.out..").and().areTopLevelClasses()
                    .and().doNotHaveSimpleName("package-info")
                    .should().beInterfaces());

    /** 10. Feature packages do not form cycles. */
    public static final ArchRule NO_FEATURE_CYCLES = CompositeArchRule
            .of(slices().matching("org.ertstorage.domain.(*)..").should().beFreeOfCycles())
            .and(slices().matching("org.ertstorage.application.(**)").should().beFreeOfCycles());

    /** 11. General coding rules. The command lines' entry points are the classes that print. */
    public static final ArchRule GENERAL_CODING_RULES = CompositeArchRule
            .of(noClasses().that(not(resideInAPackage(BOOTSTRAP))).and().doNotHaveFullyQualifiedName("org.ertstorage.batch.Main")
                    .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS))
            .and(GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS)
            .and(GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING)
            // Flyway's API hands the persistence adapter a java.util.Date, which it converts at once.
            .and(noClasses().that(not(resideInAPackage(PERSISTENCE)))
                    .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Calendar")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.text.SimpleDateFormat")
                    .because("java.time replaced the legacy date and time classes"))
            .and(GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION);
}
