package io.mesorecords.command.integrity;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.platform.security.Actor;
import io.mesorecords.platform.security.AllowedRoles;
import io.mesorecords.platform.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /patients/{id}/integrity}: whether the patient's stored events still match their hash chain. It lives on
 * the write side because the chain and the event table are the write side's; it answers no clinical content. A record
 * of a clinic the reader does not belong to answers 404, as an unknown one does.
 */
@RestController
@AllowedRoles({Role.AUDITOR, Role.ADMINISTRATOR})
@Tag(name = "Integrity", description = "Verifying the hash chains of patient records")
class RecordIntegrityController {

    private final RecordChainVerifier verifier;

    RecordIntegrityController(RecordChainVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping(path = "/patients/{patientId}/integrity", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify a patient record's hash chain", description = "INTACT, or the first broken link")
    PatientChainReport verify(@PathVariable UUID patientId) {
        // The edge already answers Axon's AggregateNotFoundException with 404 patient.not-found.
        Actor reader = Actor.required();
        return verifier.verify(new PatientId(patientId), reader::memberOf)
                .orElseThrow(() -> new AggregateNotFoundException(patientId.toString(), "No record of this patient"));
    }
}
