package io.mesorecords.api.history;

import io.mesorecords.api.clinical.ProductUse;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.Immutable;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.common.SessionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A session as booked and, once performed, as done. */
public record SessionHistory(
        SessionId sessionId,
        SessionStatus status,
        Instant startsAt,
        PractitionerId practitionerId,
        int plannedMinutes,
        Instant performedAt,
        Technique technique,
        List<ProductUse> products,
        BigDecimal depthMm,
        Set<TreatmentArea> areas,
        String anaesthetic,
        Integer durationMinutes,
        String notes,
        String cancellationReason) {
    public SessionHistory {
        products = Immutable.list(products);
        areas = Immutable.sortedSet(areas);
    }

    public enum SessionStatus {
        SCHEDULED,
        PERFORMED,
        CANCELLED,
        NO_SHOW
    }
}
