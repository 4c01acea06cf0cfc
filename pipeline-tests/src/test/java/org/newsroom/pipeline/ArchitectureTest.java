package org.newsroom.pipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency arrows of {@code docs/architecture.md}, checked on the compiled production classes (as Kafka's
 * {@code import-control.xml} and Debezium's ArchUnit rules do): services only share the event contract, topics and the
 * shared pipeline meters, wire-format parsers know nothing of HTTP or Kafka, and production code never depends on the
 * local infrastructure.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsroom");
    }

    @Test
    void noServiceImportsAnother() {
        noClasses().that().resideInAPackage("org.newsroom.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsroom.enrich..", "org.newsroom.publish..")
                .check(classes);
        noClasses().that().resideInAPackage("org.newsroom.enrich..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsroom.ingest..", "org.newsroom.publish..")
                .check(classes);
        noClasses().that().resideInAPackage("org.newsroom.publish..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsroom.ingest..", "org.newsroom.enrich..")
                .check(classes);
    }

    @Test
    void wireFormatsNeverImportKafkaOrHttp() {
        noClasses().that().resideInAPackage("org.newsroom.ingest.format..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.newsroom.ingest.kafka..", "org.newsroom.ingest.http..",
                        "org.apache.kafka..", "org.springframework.kafka..",
                        "org.springframework.web.bind..", "org.springframework.web.servlet..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void theEventContractDependsOnNoService() {
        noClasses().that().resideInAPackage("org.newsroom.events..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsroom.ingest..", "org.newsroom.enrich..",
                        "org.newsroom.publish..", "org.newsroom.infra..", "org.newsroom.metrics..",
                        "org.springframework..")
                .check(classes);
    }

    @Test
    void theSharedMetersDependOnNoServiceAndNoSpring() {
        noClasses().that().resideInAPackage("org.newsroom.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsroom.ingest..", "org.newsroom.enrich..",
                        "org.newsroom.publish..", "org.newsroom.infra..")
                .check(classes);
        noClasses().that().resideInAPackage("org.newsroom.metrics..")
                .and().resideOutsideOfPackage("org.newsroom.metrics.spring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(classes);
        classes().that().resideInAPackage("org.newsroom.metrics.spring..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.springframework.kafka..",
                        "org.newsroom.metrics..", "org.apache.kafka..", "java..")
                .check(classes);
    }

    @Test
    void productionCodeNeverDependsOnLocalInfrastructure() {
        noClasses().that().resideInAnyPackage("org.newsroom.ingest..", "org.newsroom.enrich..",
                        "org.newsroom.publish..", "org.newsroom.events..", "org.newsroom.metrics..")
                .should().dependOnClassesThat().resideInAPackage("org.newsroom.infra..")
                .check(classes);
    }
}
