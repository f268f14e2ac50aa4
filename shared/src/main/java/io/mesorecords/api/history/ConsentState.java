package io.mesorecords.api.history;

import io.mesorecords.api.clinical.ConsentScope;
import java.time.Instant;

/** Whether a consent is in force, with when it was last given and last withdrawn. */
public record ConsentState(ConsentScope scope, boolean given, Instant givenAt, Instant withdrawnAt) {}
