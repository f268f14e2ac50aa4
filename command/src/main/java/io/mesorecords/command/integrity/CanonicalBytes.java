package io.mesorecords.command.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Writes fields in an unambiguous binary form: every variable-length field carries its length, and a missing text is
 * distinct from an empty one, so no two different entries can produce the same bytes (docs/security.md).
 */
final class CanonicalBytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    CanonicalBytes text(String value) {
        if (value == null) {
            out.write(0);
            return this;
        }
        out.write(1);
        return bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    CanonicalBytes bytes(byte[] value) {
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
        out.writeBytes(value);
        return this;
    }

    CanonicalBytes number(long value) {
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
