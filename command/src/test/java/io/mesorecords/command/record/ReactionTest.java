package io.mesorecords.command.record;

import static io.mesorecords.command.record.fixtures.Clinic.COURSE;
import static io.mesorecords.command.record.fixtures.Clinic.FIRST_SESSION;
import static io.mesorecords.command.record.fixtures.Clinic.NEXT_MONDAY_10;
import static io.mesorecords.command.record.fixtures.Clinic.PATIENT;
import static io.mesorecords.command.record.fixtures.Clinic.REDNESS;
import static io.mesorecords.command.record.fixtures.PatientHistory.aPatientWithACourse;
import static io.mesorecords.command.record.fixtures.Refusals.aPatientRecordFixture;
import static io.mesorecords.command.record.fixtures.Refusals.refusedWith;

import io.mesorecords.api.clinical.ReactionOutcome;
import io.mesorecords.api.clinical.ReactionType;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.Rejection;
import io.mesorecords.api.reaction.ReactionRecorded;
import io.mesorecords.api.reaction.ReactionResolved;
import io.mesorecords.api.reaction.RecordReaction;
import io.mesorecords.api.reaction.ResolveReaction;
import io.mesorecords.command.record.fixtures.PatientHistory;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReactionTest {

    private static final Instant AN_HOUR_AFTER = NEXT_MONDAY_10.plus(Duration.ofHours(1));
    private static final Instant NEXT_DAY = NEXT_MONDAY_10.plus(Duration.ofDays(1));

    private AggregateTestFixture<PatientRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = aPatientRecordFixture();
    }

    private static PatientHistory aTreatedPatient() {
        return aPatientWithACourse().withSessionPerformed(FIRST_SESSION, NEXT_MONDAY_10);
    }

    private static RecordReaction rednessStarting(Instant onset) {
        return new RecordReaction(
                PATIENT, REDNESS, FIRST_SESSION, ReactionType.ERYTHEMA, 1, false, TreatmentArea.CHEEKS, onset, "mild");
    }

    @Test
    void recordsRednessAfterASession() {
        fixture.given(aTreatedPatient().events())
                .when(rednessStarting(AN_HOUR_AFTER))
                .expectEvents(new ReactionRecorded(
                        PATIENT,
                        REDNESS,
                        FIRST_SESSION,
                        COURSE,
                        ReactionType.ERYTHEMA,
                        1,
                        false,
                        TreatmentArea.CHEEKS,
                        AN_HOUR_AFTER,
                        "mild"))
                .expectResultMessagePayload(6L);
    }

    @Test
    void cannotRecordAReactionToASessionNotYetPerformed() {
        refusedWith(
                fixture.given(aPatientWithACourse()
                                .withSessionScheduled(FIRST_SESSION, NEXT_MONDAY_10)
                                .events())
                        .when(rednessStarting(AN_HOUR_AFTER)),
                Rejection.REACTION_SESSION_NOT_PERFORMED);
    }

    @Test
    void cannotRecordAReactionToAnUnknownSession() {
        refusedWith(
                fixture.given(aPatientWithACourse().events()).when(rednessStarting(AN_HOUR_AFTER)),
                Rejection.SESSION_NOT_FOUND);
    }

    @Test
    void cannotRecordAReactionThatBeganBeforeTheSession() {
        refusedWith(
                fixture.given(aTreatedPatient().events()).when(rednessStarting(NEXT_MONDAY_10.minusSeconds(60))),
                Rejection.REACTION_ONSET_BEFORE_SESSION);
    }

    @Test
    void cannotRecordTheSameReactionTwice() {
        refusedWith(
                fixture.given(aTreatedPatient()
                                .withReaction(REDNESS, FIRST_SESSION, AN_HOUR_AFTER)
                                .events())
                        .when(rednessStarting(AN_HOUR_AFTER)),
                Rejection.REACTION_ALREADY_EXISTS);
    }

    @Test
    void resolvesAReactionTheNextDay() {
        fixture.given(aTreatedPatient()
                        .withReaction(REDNESS, FIRST_SESSION, AN_HOUR_AFTER)
                        .events())
                .when(new ResolveReaction(PATIENT, REDNESS, NEXT_DAY, ReactionOutcome.RESOLVED))
                .expectEvents(new ReactionResolved(PATIENT, REDNESS, NEXT_DAY, ReactionOutcome.RESOLVED));
    }

    @Test
    void cannotResolveAnUnknownReaction() {
        refusedWith(
                fixture.given(aTreatedPatient().events())
                        .when(new ResolveReaction(PATIENT, REDNESS, NEXT_DAY, ReactionOutcome.RESOLVED)),
                Rejection.REACTION_NOT_FOUND);
    }

    @Test
    void cannotResolveAReactionTwice() {
        refusedWith(
                fixture.given(aTreatedPatient()
                                .withReaction(REDNESS, FIRST_SESSION, AN_HOUR_AFTER)
                                .withReactionResolved(REDNESS, NEXT_DAY)
                                .events())
                        .when(new ResolveReaction(PATIENT, REDNESS, NEXT_DAY, ReactionOutcome.RESOLVED)),
                Rejection.REACTION_ALREADY_RESOLVED);
    }

    @Test
    void cannotResolveAReactionBeforeItBegan() {
        refusedWith(
                fixture.given(aTreatedPatient()
                                .withReaction(REDNESS, FIRST_SESSION, AN_HOUR_AFTER)
                                .events())
                        .when(new ResolveReaction(
                                PATIENT, REDNESS, AN_HOUR_AFTER.minusSeconds(1), ReactionOutcome.RESOLVED)),
                Rejection.REACTION_RESOLVED_BEFORE_ONSET);
    }
}
