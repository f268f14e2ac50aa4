package io.mesorecords.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.axonframework.eventhandling.GenericEventMessage;

/** The boundaries the module map promises, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "io.mesorecords", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theContractDependsOnNeitherSpringNorPersistence = noClasses()
            .that()
            .resideInAPackage("io.mesorecords.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "javax.persistence..", "org.hibernate..")
            .because("shared is the message contract and nothing else");

    @ArchTest
    static final ArchRule theContractDependsOnNoSide = noClasses()
            .that()
            .resideInAPackage("io.mesorecords.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.mesorecords.command..", "io.mesorecords.query..", "io.mesorecords.app..");

    @ArchTest
    static final ArchRule thePlatformKnowsNoSide = noClasses()
            .that()
            .resideInAPackage("io.mesorecords.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.mesorecords.command..",
                    "io.mesorecords.query..",
                    "io.mesorecords.app..",
                    "io.mesorecords.api..")
            .because("platform is plumbing both sides share, with no domain in it");

    @ArchTest
    static final ArchRule thePrivacyModuleKnowsNoSide = noClasses()
            .that()
            .resideInAPackage("io.mesorecords.privacy..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.mesorecords.command..", "io.mesorecords.query..", "io.mesorecords.app..")
            .because("both sides encrypt and decrypt personal data the same way, and neither may reach the other");

    @ArchTest
    static final ArchRule theReadSideNeverDependsOnTheWriteSide = noClasses()
            .that()
            .resideInAPackage("io.mesorecords.query..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.mesorecords.command..")
            .because("query nodes are deployed without the write side");

    @ArchTest
    static final ArchRule theWriteSideNeverReadsReadModels = noClasses()
            .that()
            .resideInAPackage("io.mesorecords.command..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.mesorecords.query..")
            .because("read models are shaped for queries and never feed a decision");

    @ArchTest
    static final ArchRule commandsAndEventsAreRecords = classes()
            .that()
            .implement(PatientCommand.class)
            .or()
            .implement(PatientEvent.class)
            .should()
            .beRecords();

    @ArchTest
    static final ArchRule eventsArePastTense = classes()
            .that()
            .implement(PatientEvent.class)
            .should()
            .haveSimpleNameEndingWith("ed")
            .orShould()
            .haveSimpleNameEndingWith("Withdrawn")
            .because("events are facts that already happened");

    @ArchTest
    static final ArchRule decisionsNeverReadTheWallClock = noClasses()
            .that()
            .resideInAPackage("io.mesorecords.command.record..")
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .orShould()
            .callMethod(Clock.class, "systemUTC")
            .orShould()
            .callMethod(Clock.class, "instant")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .accessField(GenericEventMessage.class, "clock")
            .because("time enters at the edge: clinical times travel in the command, recording time in its metadata");
}
