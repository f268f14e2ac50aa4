package io.mesorecords.command.session;

import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.session.RecordSessionPerformed;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What was done in a session; whether the depth fits the technique is the record's rule. */
record RecordSessionPerformedRequest(
        @NotNull Instant performedAt,
        @NotNull @Pattern(regexp = SessionInputs.PRACTITIONER_ID) String practitionerId,
        @NotNull Technique technique,
        @NotEmpty List<@NotNull @Valid ProductUseInput> products,
        @Schema(description = "Injection depth in mm for needle techniques (0.5 to 4.0); absent for needle-free ones")
                BigDecimal depthMm,
        @NotEmpty Set<@NotNull TreatmentArea> areas,
        @Size(max = 200) String anaesthetic,
        @NotNull @Min(1) @Max(SessionInputs.MAX_MINUTES) Integer durationMinutes,
        @Size(max = 4000) String notes) {

    RecordSessionPerformed toCommand(PatientId patientId, SessionId sessionId) {
        return new RecordSessionPerformed(
                patientId,
                sessionId,
                performedAt,
                PractitionerId.of(practitionerId),
                technique,
                products.stream().map(ProductUseInput::toProductUse).toList(),
                depthMm,
                areas,
                anaesthetic,
                durationMinutes,
                notes);
    }
}
