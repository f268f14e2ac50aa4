package io.mesorecords.command.record;

import static io.mesorecords.api.common.Rejection.SESSION_ALREADY_PERFORMED;
import static io.mesorecords.api.common.Rejection.SESSION_CANCELLED;
import static io.mesorecords.api.common.Rejection.SESSION_DEPTH_OUT_OF_RANGE;
import static io.mesorecords.api.common.Rejection.SESSION_LOT_EXPIRED;
import static io.mesorecords.api.common.Rejection.SESSION_NO_SHOW;

import io.mesorecords.api.clinical.ProductUse;
import io.mesorecords.api.clinical.Technique;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/** What a booked session must be to be moved, called off or performed, and what may be injected in it. */
final class SessionRules {

    private SessionRules() {}

    static void assertStillScheduled(Session session) {
        switch (session.status()) {
            case SCHEDULED -> {}
            case PERFORMED ->
                throw new RuleViolation(
                        SESSION_ALREADY_PERFORMED, "The session " + session.id() + " was already performed.");
            case CANCELLED ->
                throw new RuleViolation(SESSION_CANCELLED, "The session " + session.id() + " was cancelled.");
            case NO_SHOW ->
                throw new RuleViolation(SESSION_NO_SHOW, "The patient did not come to session " + session.id() + ".");
        }
    }

    static void assertLotNotExpired(Collection<ProductUse> products, LocalDate sessionDay) {
        for (ProductUse product : products) {
            if (product.isExpiredOn(sessionDay)) {
                throw new RuleViolation(
                        SESSION_LOT_EXPIRED,
                        "Lot " + product.lotNumber() + " of " + product.name() + " expired on " + product.expiryDate()
                                + ", before the session on " + sessionDay + ".");
            }
        }
    }

    static void assertDepthFitsTechnique(Technique technique, BigDecimal depthMm) {
        if (!technique.acceptsDepth(Optional.ofNullable(depthMm))) {
            String expected = technique.usesNeedles()
                    ? "a depth between " + Technique.MIN_DEPTH_MM + " and " + Technique.MAX_DEPTH_MM + " mm"
                    : "no depth";
            throw new RuleViolation(
                    SESSION_DEPTH_OUT_OF_RANGE, technique + " records " + expected + ", not " + depthMm + ".");
        }
    }
}
