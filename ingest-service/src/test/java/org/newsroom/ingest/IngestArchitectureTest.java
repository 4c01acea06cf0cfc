package org.newsroom.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The arrows of the house style: formats know nothing of transport or Kafka; one format package per format. */
class IngestArchitectureTest {

    private static final JavaClasses INGEST = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.newsroom.ingest");

    @Test
    void formatsNeverImportHttpKafkaOrAgency() {
        noClasses().that().resideInAPackage("org.newsroom.ingest.format..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsroom.ingest.http..",
                        "org.newsroom.ingest.kafka..", "org.newsroom.ingest.agency..", "org.apache.kafka..",
                        "org.springframework.kafka..")
                .check(INGEST);
    }

    @Test
    void formatPackagesDoNotDependOnFeedsOrNinjs() {
        noClasses().that().resideInAnyPackage("org.newsroom.ingest.format.newsmlg2..", "org.newsroom.ingest.format.nitf..",
                        "org.newsroom.ingest.format.xml..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsroom.ingest.format.feed..",
                        "org.newsroom.ingest.format.ninjs..")
                .check(INGEST);
    }

    @Test
    void kafkaNeverImportsHttp() {
        noClasses().that().resideInAPackage("org.newsroom.ingest.kafka..")
                .should().dependOnClassesThat().resideInAPackage("org.newsroom.ingest.http..")
                .check(INGEST);
    }
}
