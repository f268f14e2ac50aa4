package io.mesorecords.api.schedule;

import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.PractitionerId;
import java.time.Instant;

/**
 * Asks for the sessions still booked at a clinic in [{@code from}, {@code to}), optionally for one practitioner. The
 * edge turns a calendar day in the clinic's zone into the two instants.
 */
public record FindScheduleQuery(ClinicId clinicId, PractitionerId practitionerId, Instant from, Instant to) {}
