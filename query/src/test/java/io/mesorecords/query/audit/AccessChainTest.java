package io.mesorecords.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessChainTest {

    private static final AccessEntry READ = new AccessEntry(
            0,
            UUID.fromString("00000000-0000-4000-8000-000000000001"),
            Instant.parse("2025-01-01T10:00:00.123456Z"),
            AccessAction.R,
            AccessEntry.Outcome.SUCCESS,
            200,
            "dr-berg",
            "PRACTITIONER",
            "clinic-7",
            "TREATMENT",
            "127.0.0.1",
            "7f1c0a52-0000-4000-8000-000000000001",
            "patient-history",
            "/patients/7f1c0a52-0000-4000-8000-000000000001/history",
            null,
            null,
            null);

    @Test
    void theCanonicalFormIsPinned() {
        // Pinned from an independent computation of the form in docs/security.md; a change is a new form version.
        assertThat(AccessChain.link(AccessChain.GENESIS, READ)).isEqualTo(PINNED_HASH);
    }

    @Test
    void whoReadAndHowItEndedAreCovered() {
        String original = AccessChain.link(AccessChain.GENESIS, READ);
        AccessEntry otherUser = new AccessEntry(
                0,
                READ.entryId(),
                READ.occurredAt(),
                READ.action(),
                READ.outcome(),
                READ.status(),
                "dr-other",
                READ.role(),
                READ.clinicId(),
                READ.purposeOfUse(),
                READ.clientAddress(),
                READ.patientId(),
                READ.objectType(),
                READ.objectPath(),
                null,
                null,
                null);
        AccessEntry refused = new AccessEntry(
                0,
                READ.entryId(),
                READ.occurredAt(),
                READ.action(),
                AccessEntry.Outcome.FAILURE,
                404,
                READ.userId(),
                READ.role(),
                READ.clinicId(),
                READ.purposeOfUse(),
                READ.clientAddress(),
                READ.patientId(),
                READ.objectType(),
                READ.objectPath(),
                null,
                null,
                null);

        assertThat(AccessChain.link(AccessChain.GENESIS, otherUser)).isNotEqualTo(original);
        assertThat(AccessChain.link(AccessChain.GENESIS, refused)).isNotEqualTo(original);
        assertThat(AccessChain.link(original, READ)).isNotEqualTo(original);
        assertThat(AccessChain.link(AccessChain.GENESIS, READ.linked(1, null))).isNotEqualTo(original);
    }

    private static final String PINNED_HASH = "46d172b9a122120d0c373465ea4508a5a5abcca0ae19962f2a1e8736c5ca65fa";
}
