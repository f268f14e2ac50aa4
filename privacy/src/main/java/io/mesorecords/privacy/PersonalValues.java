package io.mesorecords.privacy;

import java.util.Optional;
import javax.crypto.SecretKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites the JSON tree of an event: each personal value becomes an envelope {@code {"$encrypted": "v1:…"}} holding
 * the AES-GCM ciphertext of the value's JSON, and back. A value that is no envelope (an event stored before encryption)
 * is left as it is; an envelope whose key was destroyed becomes {@code null}.
 */
final class PersonalValues {

    static final String ENVELOPE = "$encrypted";
    private static final String PURPOSE = "mesorecords.personal-data.v1";

    private final ObjectMapper mapper;
    private final PersonalDataKeys keys;

    PersonalValues(ObjectMapper mapper, PersonalDataKeys keys) {
        this.mapper = mapper;
        this.keys = keys;
    }

    void seal(ObjectNode event, String subject, PersonalFields fields) {
        SecretKey key = null;
        for (PersonalFields.Field field : fields.fields()) {
            JsonNode value = event.get(field.name());
            if (absent(value)) {
                continue;
            }
            if (key == null) {
                key = keys.forWriting(subject);
            }
            if (field.wholeValue()) {
                event.set(field.name(), envelope(key, value, subject, fields, field.name()));
            } else if (value instanceof ObjectNode map) {
                for (String mapKey : field.keys()) {
                    JsonNode entry = map.get(mapKey);
                    if (!absent(entry)) {
                        map.set(mapKey, envelope(key, entry, subject, fields, field.name() + "." + mapKey));
                    }
                }
            }
        }
    }

    void open(ObjectNode event, PersonalFields fields) {
        String subject = null;
        Optional<SecretKey> key = null;
        for (PersonalFields.Field field : fields.fields()) {
            JsonNode value = event.get(field.name());
            if (absent(value)) {
                continue;
            }
            if (field.wholeValue()) {
                if (!isEnvelope(value)) {
                    continue;
                }
                if (key == null) {
                    subject = subjectOf(event, fields);
                    key = keys.forReading(subject);
                }
                event.set(field.name(), opened(key, value, subject, fields, field.name()));
            } else if (value instanceof ObjectNode map) {
                for (String mapKey : field.keys()) {
                    JsonNode entry = map.get(mapKey);
                    if (absent(entry) || !isEnvelope(entry)) {
                        continue;
                    }
                    if (key == null) {
                        subject = subjectOf(event, fields);
                        key = keys.forReading(subject);
                    }
                    map.set(mapKey, opened(key, entry, subject, fields, field.name() + "." + mapKey));
                }
            }
        }
    }

    private JsonNode envelope(SecretKey key, JsonNode value, String subject, PersonalFields fields, String path) {
        String sealed = FieldCipher.seal(key, mapper.writeValueAsBytes(value), associatedData(subject, fields, path));
        return mapper.createObjectNode().put(ENVELOPE, sealed);
    }

    private JsonNode opened(
            Optional<SecretKey> key, JsonNode envelope, String subject, PersonalFields fields, String path) {
        if (key.isEmpty()) {
            return mapper.nullNode();
        }
        byte[] plaintext =
                FieldCipher.open(key.get(), envelope.get(ENVELOPE).asString(), associatedData(subject, fields, path));
        return mapper.readTree(plaintext);
    }

    private static byte[] associatedData(String subject, PersonalFields fields, String path) {
        return FieldCipher.associatedData(PURPOSE, subject, fields.type().getSimpleName(), path);
    }

    private static String subjectOf(ObjectNode event, PersonalFields fields) {
        JsonNode patientId = event.get("patientId");
        if (patientId == null || !patientId.isString()) {
            throw new PersonalDataUnreadableException(
                    "A stored " + fields.type().getSimpleName() + " with encrypted personal data names no patient");
        }
        return patientId.asString();
    }

    private static boolean absent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    private static boolean isEnvelope(JsonNode value) {
        return value instanceof ObjectNode object
                && object.size() == 1
                && object.get(ENVELOPE) != null
                && object.get(ENVELOPE).isString();
    }
}
