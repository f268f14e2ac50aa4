package io.mesorecords.query.audit;

import io.mesorecords.platform.security.Actor;
import io.mesorecords.platform.security.AllowedRoles;
import io.mesorecords.platform.security.Role;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For auditors: {@code GET /audit/access} filters the access log of the auditor's clinics by patient, user and period
 * ({@code from} inclusive, {@code to} exclusive), in pages; {@code GET /admin/integrity/access-log} verifies its hash chain.
 */
@RestController
class AccessLogController {

    private final AccessLog accessLog;
    private final AccessLogVerifier verifier;

    AccessLogController(AccessLog accessLog, AccessLogVerifier verifier) {
        this.accessLog = accessLog;
        this.verifier = verifier;
    }

    @AllowedRoles(Role.AUDITOR)
    @GetMapping("/audit/access")
    AccessLogPage entries(
            @RequestParam(required = false) UUID patientId,
            @RequestParam(required = false) String userId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Set<String> clinics = Actor.required().clinics();
        List<AccessEntry> found = clinics.isEmpty()
                ? List.of()
                : accessLog.find(
                        clinics,
                        patientId == null ? null : patientId.toString(),
                        userId,
                        from,
                        to,
                        page * size,
                        size + 1);
        boolean hasMore = found.size() > size;
        return new AccessLogPage(hasMore ? found.subList(0, size) : found, page, size, hasMore);
    }

    @AllowedRoles({Role.AUDITOR, Role.ADMINISTRATOR})
    @GetMapping("/admin/integrity/access-log")
    AccessLogChainReport integrity() {
        return verifier.verify();
    }
}
