package io.mesorecords.query.history;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.course.AssessmentRecorded;
import io.mesorecords.api.course.CourseCompleted;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.course.CourseExtended;
import io.mesorecords.api.course.CoursePlanned;
import io.mesorecords.api.history.PatientHistory;
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
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of a precomputed history: one JSON document per patient, so a read is one indexed row. The
 * document is derived data (a rebuild rewrites it), so its shape may change with the code.
 */
@Component
class HistoryDocuments {

    private final JsonMapper mapper = JsonMapper.builder()
            .addMixIn(PatientEvent.class, TypedPatientEvent.class)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    String write(PatientHistory history) {
        return mapper.writeValueAsString(history);
    }

    PatientHistory read(String document) {
        return mapper.readValue(document, PatientHistory.class);
    }

    /** The timeline holds facts of every event type; the document names each fact's type to read it back. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "@type")
    @JsonSubTypes({
        @JsonSubTypes.Type(PatientRegistered.class),
        @JsonSubTypes.Type(MedicalHistoryRecorded.class),
        @JsonSubTypes.Type(ConsentRecorded.class),
        @JsonSubTypes.Type(ConsentWithdrawn.class),
        @JsonSubTypes.Type(EntryCorrected.class),
        @JsonSubTypes.Type(PersonalDataErased.class),
        @JsonSubTypes.Type(CoursePlanned.class),
        @JsonSubTypes.Type(CourseExtended.class),
        @JsonSubTypes.Type(CourseCompleted.class),
        @JsonSubTypes.Type(CourseDiscontinued.class),
        @JsonSubTypes.Type(AssessmentRecorded.class),
        @JsonSubTypes.Type(SessionScheduled.class),
        @JsonSubTypes.Type(SessionRescheduled.class),
        @JsonSubTypes.Type(SessionCancelled.class),
        @JsonSubTypes.Type(NoShowRecorded.class),
        @JsonSubTypes.Type(SessionPerformed.class),
        @JsonSubTypes.Type(ReactionRecorded.class),
        @JsonSubTypes.Type(ReactionResolved.class)
    })
    private interface TypedPatientEvent {}
}
