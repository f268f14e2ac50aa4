package io.mesorecords.command.record;

import static io.mesorecords.command.record.fixtures.Clinic.BASELINE_WSRS;
import static io.mesorecords.command.record.fixtures.Clinic.FIRST_SESSION;
import static io.mesorecords.command.record.fixtures.Clinic.MONDAY_AFTER_10;
import static io.mesorecords.command.record.fixtures.Clinic.NEXT_MONDAY_10;
import static io.mesorecords.command.record.fixtures.Clinic.OTHER_COURSE;
import static io.mesorecords.command.record.fixtures.Clinic.PATIENT;
import static io.mesorecords.command.record.fixtures.Clinic.REDNESS;
import static io.mesorecords.command.record.fixtures.Clinic.SECOND_SESSION;
import static io.mesorecords.command.record.fixtures.Clinic.THIRD_SESSION;
import static io.mesorecords.command.record.fixtures.Commands.performing;
import static io.mesorecords.command.record.fixtures.Commands.scheduleIn;
import static io.mesorecords.command.record.fixtures.PatientHistory.aPatientWithACourse;
import static io.mesorecords.command.record.fixtures.Refusals.aPatientRecordFixture;
import static io.mesorecords.command.record.fixtures.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.common.Rejection;
import io.mesorecords.api.common.ScreeningId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

/** A snapshot written by the general (Jackson 3) serializer restores a record that decides as the original did. */
class RecordSnapshotTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    static List<Object> aRichHistory() {
        return aPatientWithACourse()
                .screenedAgain(ScreeningId.of("5c000000-0000-4000-8000-000000000009"))
                .allergicTo(Ingredient.GLYCOLIC_ACID)
                .withCourse(OTHER_COURSE, Technique.OXYGEN, 2)
                .withSessionPerformed(FIRST_SESSION, NEXT_MONDAY_10)
                .withReaction(REDNESS, FIRST_SESSION, NEXT_MONDAY_10.plusSeconds(3600))
                .withSessionScheduled(SECOND_SESSION, MONDAY_AFTER_10)
                .withAssessment(BASELINE_WSRS)
                .events();
    }

    static PatientRecord sourced(List<Object> events) {
        EventSourcedAggregate<PatientRecord> aggregate = EventSourcedAggregate.initialize(
                new PatientRecord(),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(PatientRecord.class),
                null,
                NoSnapshotTriggerDefinition.TRIGGER);
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (Object event : events) {
            messages.add(new GenericDomainEventMessage<>("PatientRecord", PATIENT.toString(), messages.size(), event));
        }
        aggregate.initializeState(DomainEventStream.of(messages));
        return aggregate.invoke(record -> record);
    }

    private PatientRecord roundTrip(PatientRecord record) {
        SerializedObject<byte[]> snapshot = serializer.serialize(record, byte[].class);
        return serializer.deserialize(snapshot);
    }

    @Test
    void aRestoredRecordSerializesToTheSameSnapshot() {
        PatientRecord original = sourced(aRichHistory());
        PatientRecord restored = roundTrip(original);

        String before = new String(serializer.serialize(original, byte[].class).getData());
        String after = new String(serializer.serialize(restored, byte[].class).getData());
        assertThat(after).isEqualTo(before);
        assertThat(before)
                .contains(FIRST_SESSION.toString(), REDNESS.toString(), OTHER_COURSE.toString(), "GLYCOLIC_ACID")
                .doesNotContain("\"open\"", "\"scheduled\"");
    }

    @Test
    void aRestoredRecordStillRefusesAnOverlappingSession() {
        PatientRecord restored = roundTrip(sourced(aRichHistory()));
        DomainEventMessage<PatientRecord> snapshot = new GenericDomainEventMessage<>(
                "PatientRecord", PATIENT.toString(), aRichHistory().size() - 1, restored);

        refusedWith(
                aPatientRecordFixture()
                        .given(List.of(snapshot))
                        .when(scheduleIn(OTHER_COURSE, THIRD_SESSION, MONDAY_AFTER_10.plus(Duration.ofMinutes(15)))),
                Rejection.SESSION_OVERLAP);
    }

    @Test
    void aRestoredRecordStillKnowsTheSessionWasPerformed() {
        PatientRecord restored = roundTrip(sourced(aRichHistory()));
        DomainEventMessage<PatientRecord> snapshot = new GenericDomainEventMessage<>(
                "PatientRecord", PATIENT.toString(), aRichHistory().size() - 1, restored);

        refusedWith(
                aPatientRecordFixture()
                        .given(List.of(snapshot))
                        .when(performing(FIRST_SESSION, NEXT_MONDAY_10).build()),
                Rejection.SESSION_ALREADY_PERFORMED);
    }
}
