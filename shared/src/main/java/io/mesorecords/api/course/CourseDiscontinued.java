package io.mesorecords.api.course;

import io.mesorecords.api.clinical.DiscontinuationReason;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.Immutable;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PersonalData;
import io.mesorecords.api.common.SessionId;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A course was closed before completion; its still scheduled sessions were called off with it. */
@Revision("1")
public record CourseDiscontinued(
        PatientId patientId,
        CourseId courseId,
        LocalDate discontinuedOn,
        DiscontinuationReason reason,
        @PersonalData String details,
        List<SessionId> cancelledSessions)
        implements PatientEvent {
    public CourseDiscontinued {
        cancelledSessions = Immutable.list(cancelledSessions);
    }
}
