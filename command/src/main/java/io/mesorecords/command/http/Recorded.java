package io.mesorecords.command.http;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;

/**
 * What every successful command answers: the patient record, the entry the command recorded or changed, and the
 * record's version after it (also sent as {@code ETag}, to come back in {@code If-Match}).
 */
@Schema(description = "The entry recorded or changed, and the version of the patient record after the change")
public record Recorded(
        @Schema(description = "The patient record") UUID patientId,
        @Schema(
                        description = "The entry recorded or changed: a patient, screening, course, session, reaction, "
                                + "assessment id, or a consent scope")
                String entryId,
        @Schema(description = "Version of the patient record after the change; send it back in If-Match")
                long version) {

    /** 201 for an entry that now has its own address. */
    public static ResponseEntity<Recorded> created(URI location, UUID patientId, Object entryId, long version) {
        return ResponseEntity.created(location)
                .eTag(eTag(version))
                .body(new Recorded(patientId, entryId.toString(), version));
    }

    /** 200 for a change to an entry, or a record-wide fact without an address of its own. */
    public static ResponseEntity<Recorded> changed(UUID patientId, Object entryId, long version) {
        return ResponseEntity.ok().eTag(eTag(version)).body(new Recorded(patientId, entryId.toString(), version));
    }

    public static String eTag(long version) {
        return "\"" + version + "\"";
    }
}
