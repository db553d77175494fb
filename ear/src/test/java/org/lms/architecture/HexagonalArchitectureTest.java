package org.lms.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rule of the hexagon, over the classes of every module. Empty rules fail
 * (archunit.properties), so a rule cannot pass by matching nothing.
 */
@AnalyzeClasses(packages = "org.lms", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonalArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNothingButTheJdk = classes()
            .that().resideInAPackage("org.lms.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.lms.domain..", "java..");

    @ArchTest
    static final ArchRule domainImportsNoFramework = noClasses()
            .that().resideInAPackage("org.lms.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "org.hibernate..",
                    "org.redisson..", "io.micrometer..", "io.sentry..", "org.eclipse.microprofile..", "io.smallrye..");

    @ArchTest
    static final ArchRule applicationUsesOnlyDomainAndWiringApis = classes()
            .that().resideInAPackage("org.lms.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.lms.domain..", "org.lms.application..",
                    "java..", "jakarta.inject..", "jakarta.enterprise..", "jakarta.transaction..");

    @ArchTest
    static final ArchRule applicationKnowsNoAdapter = noClasses()
            .that().resideInAPackage("org.lms.application..")
            .should().dependOnClassesThat().resideInAPackage("org.lms.adapter..");

    @ArchTest
    static final ArchRule restAdapterUsesNoOtherAdapter = noClasses()
            .that().resideInAPackage("org.lms.adapter.in.rest..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lms.adapter.out..");

    @ArchTest
    static final ArchRule persistenceAdapterUsesNoOtherAdapter = noClasses()
            .that().resideInAPackage("org.lms.adapter.out.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lms.adapter.in..", "org.lms.adapter.out.metrics..",
                    "org.lms.adapter.out.redis..");

    @ArchTest
    static final ArchRule redisAdapterUsesNoOtherAdapter = noClasses()
            .that().resideInAPackage("org.lms.adapter.out.redis..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lms.adapter.in..", "org.lms.adapter.out.metrics..",
                    "org.lms.adapter.out.persistence..");

    @ArchTest
    static final ArchRule onlyTheRedisAdapterTalksToRedis = noClasses()
            .that().resideOutsideOfPackage("org.lms.adapter.out.redis..")
            .should().dependOnClassesThat().resideInAPackage("org.redisson..");

    @ArchTest
    static final ArchRule metricsAdapterUsesNoOtherAdapter = noClasses()
            .that().resideInAPackage("org.lms.adapter.out.metrics..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lms.adapter.in..", "org.lms.adapter.out.persistence..",
                    "org.lms.adapter.out.redis..");

    @ArchTest
    static final ArchRule jobsAdapterUsesNoOtherAdapter = noClasses()
            .that().resideInAPackage("org.lms.adapter.in.jobs..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lms.adapter.in.rest..", "org.lms.adapter.out..");

    @ArchTest
    static final ArchRule securityAdapterUsesNoOtherAdapter = noClasses()
            .that().resideInAPackage("org.lms.adapter.out.security..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lms.adapter.in..", "org.lms.adapter.out.persistence..",
                    "org.lms.adapter.out.metrics..", "org.lms.adapter.out.redis..");

    @ArchTest
    static final ArchRule servicesAreReachedOnlyThroughTheirPorts = noClasses()
            .that().resideInAPackage("org.lms.adapter..")
            .should().dependOnClassesThat().resideInAPackage("org.lms.application.service..");

    @ArchTest
    static final ArchRule persistenceEntitiesStayInTheAdapter = noClasses()
            .that().resideOutsideOfPackage("org.lms.adapter.out.persistence..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("JpaEntity");
}
