package io.mesorecords.api.session;

import io.mesorecords.api.clinical.ProductUse;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.Immutable;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PersonalData;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.common.SessionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** A session was performed; depth is absent for needle-free techniques. */
@Revision("1")
public record SessionPerformed(
        PatientId patientId,
        SessionId sessionId,
        CourseId courseId,
        Instant performedAt,
        PractitionerId practitionerId,
        Technique technique,
        List<ProductUse> products,
        BigDecimal depthMm,
        Set<TreatmentArea> areas,
        String anaesthetic,
        int durationMinutes,
        @PersonalData String notes)
        implements PatientEvent {
    public SessionPerformed {
        products = Immutable.list(products);
        areas = Immutable.sortedSet(areas);
    }
}
