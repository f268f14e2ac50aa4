package io.mesorecords.api.history;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.mesorecords.api.clinical.EntryReference;
import io.mesorecords.api.common.Immutable;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.course.AssessmentRecorded;
import io.mesorecords.api.course.CourseCompleted;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.course.CourseExtended;
import io.mesorecords.api.course.CoursePlanned;
import io.mesorecords.api.patient.ConsentRecorded;
import io.mesorecords.api.patient.ConsentWithdrawn;
import io.mesorecords.api.patient.EntryCorrected;
import io.mesorecords.api.patient.MedicalHistoryRecorded;
import io.mesorecords.api.patient.PatientRegistered;
import io.mesorecords.api.patient.PersonalDataErased;
import io.mesorecords.api.reaction.ReactionRecorded;
import io.mesorecords.api.reaction.ReactionResolved;
import io.mesorecords.api.session.NoShowRecorded;
import io.mesorecords.api.session.SessionCancelled;
import io.mesorecords.api.session.SessionPerformed;
import io.mesorecords.api.session.SessionRescheduled;
import io.mesorecords.api.session.SessionScheduled;
import java.time.Instant;
import java.util.List;

/**
 * One recorded fact. {@code occurredAt} is the clinical (valid) time where the fact has one, else the moment it was
 * recorded; corrections pointing at this entry are listed with it. Once the patient's personal data was erased,
 * {@code erasedFields} names the components of {@code fact} that erasure took away (its {@code @PersonalData} ones, now
 * absent), and the identifying values of corrections read {@code [erased]}; before, it is empty.
 *
 * <p>{@code fact} names its event type ({@code "@type"}, the simple name) so that a history answered by a query node
 * reads back on the node that asked. The type information sits on this field, not on {@link PatientEvent}: there it
 * would also change how every event is stored.
 */
public record TimelineEntry(
        long sequence,
        String eventId,
        String type,
        EntryReference entry,
        Instant occurredAt,
        Instant recordedAt,
        RecordedBy recordedBy,
        @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "@type")
                @JsonSubTypes({
                    @JsonSubTypes.Type(AssessmentRecorded.class),
                    @JsonSubTypes.Type(ConsentRecorded.class),
                    @JsonSubTypes.Type(ConsentWithdrawn.class),
                    @JsonSubTypes.Type(CourseCompleted.class),
                    @JsonSubTypes.Type(CourseDiscontinued.class),
                    @JsonSubTypes.Type(CourseExtended.class),
                    @JsonSubTypes.Type(CoursePlanned.class),
                    @JsonSubTypes.Type(EntryCorrected.class),
                    @JsonSubTypes.Type(MedicalHistoryRecorded.class),
                    @JsonSubTypes.Type(NoShowRecorded.class),
                    @JsonSubTypes.Type(PatientRegistered.class),
                    @JsonSubTypes.Type(PersonalDataErased.class),
                    @JsonSubTypes.Type(ReactionRecorded.class),
                    @JsonSubTypes.Type(ReactionResolved.class),
                    @JsonSubTypes.Type(SessionCancelled.class),
                    @JsonSubTypes.Type(SessionPerformed.class),
                    @JsonSubTypes.Type(SessionRescheduled.class),
                    @JsonSubTypes.Type(SessionScheduled.class)
                })
                PatientEvent fact,
        List<Correction> corrections,
        List<String> erasedFields) {
    public TimelineEntry {
        corrections = Immutable.list(corrections);
        erasedFields = Immutable.list(erasedFields);
    }
}
