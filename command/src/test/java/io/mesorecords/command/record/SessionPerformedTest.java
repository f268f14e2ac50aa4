package io.mesorecords.command.record;

import static io.mesorecords.command.record.fixtures.Clinic.CHEEKS;
import static io.mesorecords.command.record.fixtures.Clinic.COURSE;
import static io.mesorecords.command.record.fixtures.Clinic.DEPTH_2MM;
import static io.mesorecords.command.record.fixtures.Clinic.DR_MARTIN;
import static io.mesorecords.command.record.fixtures.Clinic.FIRST_SESSION;
import static io.mesorecords.command.record.fixtures.Clinic.NEEDLE;
import static io.mesorecords.command.record.fixtures.Clinic.NEXT_MONDAY_10;
import static io.mesorecords.command.record.fixtures.Clinic.PATIENT;
import static io.mesorecords.command.record.fixtures.Clinic.SECOND_SCREENING;
import static io.mesorecords.command.record.fixtures.Clinic.hyaluronicLot;
import static io.mesorecords.command.record.fixtures.Clinic.lotExpiringOn;
import static io.mesorecords.command.record.fixtures.Commands.performing;
import static io.mesorecords.command.record.fixtures.PatientHistory.aPatientWithACourse;
import static io.mesorecords.command.record.fixtures.Refusals.aPatientRecordFixture;
import static io.mesorecords.command.record.fixtures.Refusals.refusedWith;

import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.Rejection;
import io.mesorecords.api.session.SessionPerformed;
import io.mesorecords.command.record.fixtures.PatientHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionPerformedTest {

    private static final LocalDate SESSION_DAY = LocalDate.of(2025, 6, 9);

    private AggregateTestFixture<PatientRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = aPatientRecordFixture();
    }

    private static PatientHistory aBookedSession() {
        return aPatientWithACourse().withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10);
    }

    @Test
    void recordsWhatWasDoneInTheSession() {
        fixture.given(aBookedSession().events())
                .when(performing(FIRST_SESSION, NEXT_MONDAY_10).build())
                .expectEvents(new SessionPerformed(
                        PATIENT,
                        FIRST_SESSION,
                        COURSE,
                        NEXT_MONDAY_10,
                        DR_MARTIN,
                        NEEDLE,
                        List.of(hyaluronicLot()),
                        DEPTH_2MM,
                        CHEEKS,
                        "lidocaine cream",
                        40,
                        "well tolerated"))
                .expectResultMessagePayload(5L);
    }

    @Test
    void cannotRecordASessionThatWasNeverBooked() {
        refusedWith(
                fixture.given(aPatientWithACourse().events())
                        .when(performing(FIRST_SESSION, NEXT_MONDAY_10).build()),
                Rejection.SESSION_NOT_FOUND);
    }

    @Test
    void cannotRecordASessionTwice() {
        refusedWith(
                fixture.given(aBookedSession()
                                .withSessionPerformed(FIRST_SESSION, NEXT_MONDAY_10)
                                .events())
                        .when(performing(FIRST_SESSION, NEXT_MONDAY_10).build()),
                Rejection.SESSION_ALREADY_PERFORMED);
    }

    @Test
    void cannotPerformACancelledSession() {
        refusedWith(
                fixture.given(aBookedSession()
                                .withSessionCancelled(FIRST_SESSION)
                                .events())
                        .when(performing(FIRST_SESSION, NEXT_MONDAY_10).build()),
                Rejection.SESSION_CANCELLED);
    }

    @Test
    void cannotPerformASessionTheStatusOfWhichIsNoShow() {
        refusedWith(
                fixture.given(aBookedSession().withNoShow(FIRST_SESSION).events())
                        .when(performing(FIRST_SESSION, NEXT_MONDAY_10).build()),
                Rejection.SESSION_NO_SHOW);
    }

    @Test
    void cannotPerformASessionOnAPatientFoundPregnantSincePlanning() {
        refusedWith(
                fixture.given(aBookedSession()
                                .screenedAgain(SECOND_SCREENING)
                                .pregnant()
                                .events())
                        .when(performing(FIRST_SESSION, NEXT_MONDAY_10).build()),
                Rejection.CONTRAINDICATION_PREGNANCY);
    }

    @Test
    void cannotPerformASessionOnAPatientNowBreastfeeding() {
        refusedWith(
                fixture.given(aBookedSession()
                                .screenedAgain(SECOND_SCREENING)
                                .breastfeeding()
                                .events())
                        .when(performing(FIRST_SESSION, NEXT_MONDAY_10).build()),
                Rejection.CONTRAINDICATION_BREASTFEEDING);
    }

    @Test
    void cannotInjectAProductContainingAnIngredientThePatientIsNowAllergicTo() {
        refusedWith(
                fixture.given(aBookedSession()
                                .screenedAgain(SECOND_SCREENING)
                                .allergicTo(Ingredient.HYALURONIC_ACID)
                                .events())
                        .when(performing(FIRST_SESSION, NEXT_MONDAY_10).build()),
                Rejection.CONTRAINDICATION_ALLERGY);
    }

    @Test
    void cannotTreatAnAreaWithAnActiveInfection() {
        refusedWith(
                fixture.given(aBookedSession()
                                .screenedAgain(SECOND_SCREENING)
                                .infectedIn(TreatmentArea.CHEEKS)
                                .events())
                        .when(performing(FIRST_SESSION, NEXT_MONDAY_10).build()),
                Rejection.CONTRAINDICATION_INFECTION);
    }

    @Test
    void treatsTheForeheadWhileTheNeckIsInfected() {
        fixture.given(aBookedSession()
                        .screenedAgain(SECOND_SCREENING)
                        .infectedIn(TreatmentArea.NECK)
                        .events())
                .when(performing(FIRST_SESSION, NEXT_MONDAY_10)
                        .on(TreatmentArea.FOREHEAD)
                        .build())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotPerformASessionAfterTreatmentConsentWasWithdrawn() {
        refusedWith(
                fixture.given(aBookedSession().withdrewTreatmentConsent().events())
                        .when(performing(FIRST_SESSION, NEXT_MONDAY_10).build()),
                Rejection.CONTRAINDICATION_NO_TREATMENT_CONSENT);
    }

    @Test
    void cannotInjectALotThatExpiredBeforeTheSessionDay() {
        refusedWith(
                fixture.given(aBookedSession().events())
                        .when(performing(FIRST_SESSION, NEXT_MONDAY_10)
                                .withProducts(lotExpiringOn(SESSION_DAY.minusDays(1)))
                                .build()),
                Rejection.SESSION_LOT_EXPIRED);
    }

    @Test
    void injectsALotOnItsExpiryDay() {
        fixture.given(aBookedSession().events())
                .when(performing(FIRST_SESSION, NEXT_MONDAY_10)
                        .withProducts(lotExpiringOn(SESSION_DAY))
                        .build())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotInjectDeeperThanTheMidDermis() {
        refusedWith(
                fixture.given(aBookedSession().events())
                        .when(performing(FIRST_SESSION, NEXT_MONDAY_10)
                                .atDepth(new BigDecimal("4.5"))
                                .build()),
                Rejection.SESSION_DEPTH_OUT_OF_RANGE);
    }

    @Test
    void cannotRecordADepthForANeedleFreeTechnique() {
        refusedWith(
                fixture.given(aBookedSession().events())
                        .when(performing(FIRST_SESSION, NEXT_MONDAY_10)
                                .using(Technique.OXYGEN)
                                .atDepth(DEPTH_2MM)
                                .build()),
                Rejection.SESSION_DEPTH_OUT_OF_RANGE);
    }

    @Test
    void recordsANeedleFreeSessionWithoutDepth() {
        fixture.given(aBookedSession().events())
                .when(performing(FIRST_SESSION, NEXT_MONDAY_10)
                        .using(Technique.OXYGEN)
                        .atDepth(null)
                        .build())
                .expectSuccessfulHandlerExecution();
    }
}
