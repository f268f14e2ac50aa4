package io.mesorecords.api.session;

import io.mesorecords.api.clinical.ProductUse;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.Immutable;
import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.common.SessionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Records what was done in a session: technique, products with their lots, depth, areas. */
public record RecordSessionPerformed(
        PatientId patientId,
        SessionId sessionId,
        Instant performedAt,
        PractitionerId practitionerId,
        Technique technique,
        List<ProductUse> products,
        BigDecimal depthMm,
        Set<TreatmentArea> areas,
        String anaesthetic,
        int durationMinutes,
        String notes)
        implements PatientCommand {
    public RecordSessionPerformed {
        products = Immutable.list(products);
        areas = Immutable.sortedSet(areas);
    }
}
