package io.mesorecords.query.history;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.history.FindPatientHistoryAsOfQuery;
import io.mesorecords.api.history.PatientHistory;
import io.mesorecords.platform.security.Actor;
import io.mesorecords.platform.security.AllowedRoles;
import io.mesorecords.platform.security.Role;
import io.mesorecords.query.audit.AuditedRead;
import io.mesorecords.query.http.ClinicAccess;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /patients/{id}/history}: the current history, or with {@code asOf} the history as recorded at that
 * moment. With {@code minVersion} (the ETag the write side answered) the read waits, bounded, until the projection has
 * applied that version. The response's ETag is the version the history reflects. Every answer, a refusal included,
 * is written to the access log. A patient of a clinic the reader does not belong to answers 404, as an unknown one.
 */
@RestController
@AllowedRoles({Role.PRACTITIONER, Role.AUDITOR})
class PatientHistoryController {

    private final QueryGateway queryGateway;
    private final HistoryVersionWait versionWait;

    PatientHistoryController(QueryGateway queryGateway, HistoryVersionWait versionWait) {
        this.queryGateway = queryGateway;
        this.versionWait = versionWait;
    }

    @GetMapping("/patients/{patientId}/history")
    @AuditedRead(
            object = "patient-history",
            parameters = {"asOf", "minVersion"})
    @ApiResponse(
            responseCode = "200",
            description = "The history; ETag: the version it reflects",
            content = @Content(schema = @Schema(implementation = PatientHistory.class)))
    ResponseEntity<?> history(
            @PathVariable PatientId patientId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
            @RequestParam(required = false) Long minVersion,
            HttpServletRequest request) {
        Actor reader = Actor.required();
        if (asOf != null) {
            PatientHistory found = queryGateway
                    .query(
                            new FindPatientHistoryAsOfQuery(patientId, asOf),
                            ResponseTypes.optionalInstanceOf(PatientHistory.class))
                    .join()
                    .filter(read ->
                            ClinicAccess.mayRead(request, reader, read.summary().clinicId()))
                    .orElseThrow(() -> new PatientNotFoundException(patientId));
            return ResponseEntity.ok().eTag("\"" + found.version() + "\"").body(found);
        }
        if (minVersion != null) {
            versionWait.awaitVersion(patientId, minVersion);
        }
        // The stored document is the history's JSON (written by HistoryDocuments from the same record): sent as it is,
        // instead of parsed into objects and written out again, which was a third of a read's CPU.
        StoredHistory found = queryGateway
                .query(new FindStoredHistoryQuery(patientId), ResponseTypes.optionalInstanceOf(StoredHistory.class))
                .join()
                .filter(stored -> ClinicAccess.mayRead(request, reader, stored.clinicId()))
                .orElseThrow(() -> new PatientNotFoundException(patientId));
        return ResponseEntity.ok()
                .eTag("\"" + found.version() + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(found.document().getBytes(StandardCharsets.UTF_8));
    }
}
