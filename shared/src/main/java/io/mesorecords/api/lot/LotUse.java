package io.mesorecords.api.lot;

import io.mesorecords.api.clinical.PersonName;
import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.common.SessionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A product of the lot as injected in one session; the patient's name is absent once personal data was erased. */
public record LotUse(
        SessionId sessionId,
        CourseId courseId,
        PatientId patientId,
        PersonName patientName,
        ClinicId clinicId,
        PractitionerId practitionerId,
        Instant performedAt,
        String productName,
        LocalDate expiryDate,
        BigDecimal volumeMl) {}
