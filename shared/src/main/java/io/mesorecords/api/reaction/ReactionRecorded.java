package io.mesorecords.api.reaction;

import io.mesorecords.api.clinical.ReactionType;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PersonalData;
import io.mesorecords.api.common.ReactionId;
import io.mesorecords.api.common.SessionId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The patient had a reaction after a session; grade follows the adverse-event severity scale (1-5). */
@Revision("1")
public record ReactionRecorded(
        PatientId patientId,
        ReactionId reactionId,
        SessionId sessionId,
        CourseId courseId,
        ReactionType type,
        int grade,
        boolean serious,
        TreatmentArea area,
        Instant onsetAt,
        @PersonalData String notes)
        implements PatientEvent {}
