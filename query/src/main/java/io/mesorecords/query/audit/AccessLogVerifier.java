package io.mesorecords.query.audit;

import io.mesorecords.query.audit.AccessLogChainReport.BrokenEntry;
import io.mesorecords.query.audit.AccessLogChainReport.Reason;
import io.mesorecords.query.audit.AccessLogChainReport.Status;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Walks the access log in chain order, recomputing each entry's hash from the one before, up to the position the head
 * row names. The first entry that does not hold is the answer.
 */
@Component
class AccessLogVerifier {

    private static final int PAGE = 1000;

    private final AccessLog accessLog;

    AccessLogVerifier(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    AccessLogChainReport verify() {
        AccessLog.Head head = accessLog.head();
        String previous = AccessChain.GENESIS;
        long expected = 0;
        while (expected <= head.chainPosition()) {
            List<AccessEntry> page = accessLog.chainFrom(expected, PAGE);
            if (page.isEmpty()) {
                return broken(expected, new BrokenEntry(expected, null, Reason.ENTRY_MISSING));
            }
            for (AccessEntry entry : page) {
                if (entry.chainPosition() != expected) {
                    return broken(expected, new BrokenEntry(expected, null, Reason.ENTRY_MISSING));
                }
                String hash = AccessChain.link(previous, entry);
                if (!hash.equals(entry.entryHash())) {
                    return broken(expected, new BrokenEntry(expected, entry.entryId(), Reason.ENTRY_ALTERED));
                }
                previous = hash;
                expected++;
            }
        }
        if (head.chainPosition() >= 0 && !previous.equals(head.entryHash())) {
            // The last entry was rewritten together with its own hash, but the head still names the original.
            long last = head.chainPosition();
            return broken(
                    last,
                    new BrokenEntry(last, accessLog.chainFrom(last, 1).get(0).entryId(), Reason.ENTRY_ALTERED));
        }
        return new AccessLogChainReport(Status.INTACT, expected, null);
    }

    private static AccessLogChainReport broken(long verified, BrokenEntry entry) {
        return new AccessLogChainReport(Status.BROKEN, verified, entry);
    }
}
