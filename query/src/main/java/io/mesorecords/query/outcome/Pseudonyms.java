package io.mesorecords.query.outcome;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Report keys: the first 64 bits of an HMAC-SHA256 of the record id. They are stable (a redelivered or replayed event
 * finds its row) but cannot be joined with the identified read models without the secret.
 */
final class Pseudonyms {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int RECENT_KEYS = 100_000;

    private final SecretKeySpec secret;
    // A Mac is not thread-safe; looking one up and keying it for every key cost more than the hash itself.
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    // Every event of a patient asks for the same few keys, and the hash (no SHA instructions on every machine) showed
    // as
    // a quarter of a rebuild's CPU: the most recent keys are remembered.
    private final Map<String, Long> recent = new LinkedHashMap<>(1 << 14, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > RECENT_KEYS;
        }
    };

    Pseudonyms(String secret) {
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    long patient(Object patientId) {
        return key("patient", patientId);
    }

    long course(Object courseId) {
        return key("course", courseId);
    }

    long session(Object sessionId) {
        return key("session", sessionId);
    }

    long reaction(Object reactionId) {
        return key("reaction", reactionId);
    }

    long assessment(Object assessmentId) {
        return key("assessment", assessmentId);
    }

    private long key(String kind, Object id) {
        String input = kind + ':' + id;
        synchronized (recent) {
            Long known = recent.get(input);
            if (known != null) {
                return known;
            }
        }
        // doFinal resets the Mac to its initial keyed state.
        long key = ByteBuffer.wrap(macs.get().doFinal(input.getBytes(StandardCharsets.UTF_8)))
                .getLong();
        synchronized (recent) {
            recent.put(input, key);
        }
        return key;
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
