package io.mesorecords.api.reaction;

import io.mesorecords.api.clinical.ReactionOutcome;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.ReactionId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A reaction ended. */
@Revision("1")
public record ReactionResolved(PatientId patientId, ReactionId reactionId, Instant resolvedAt, ReactionOutcome outcome)
        implements PatientEvent {}
