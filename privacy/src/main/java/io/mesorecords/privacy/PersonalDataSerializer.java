package io.mesorecords.privacy;

import io.mesorecords.api.common.PatientEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ObjectNode;

/**
 * The event serializer: Axon's Jackson 3 serializer, with every {@link io.mesorecords.api.common.PersonalData} value
 * encrypted under the patient's key on the way into the event store and decrypted on the way out, or read as absent
 * once the key is destroyed. Types without personal data pass straight through, byte for byte as before.
 *
 * <p>The stored payload is what the record chain hashes; it is produced once per message and cached by Axon for this
 * serializer, so the bytes hashed are the bytes inserted even though encryption draws a fresh nonce each time.
 */
public final class PersonalDataSerializer implements Serializer {

    private final Jackson3Serializer delegate;
    private final PersonalValues values;
    // Resolving a type name to its class, and a reader for the class, on every read costs a class lookup and a reader
    // (Axon's serializer does both per call); a rebuild reads tens of thousands of payloads and metadata a second.
    private final Map<String, Reading> readings = new ConcurrentHashMap<>();

    /**
     * How values of one serialized type are read: the reader for its class and its personal fields; no reader for the
     * types Axon's serializer reads itself (the empty type, and types without a class here, which it answers as
     * {@link UnknownSerializedType}).
     */
    private record Reading(ObjectReader reader, PersonalFields fields) {}

    public PersonalDataSerializer(Jackson3Serializer delegate, PersonalDataKeys keys) {
        this.delegate = delegate;
        this.values = new PersonalValues(delegate.getObjectMapper(), keys);
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        PersonalFields fields = object == null ? PersonalFields.NONE : PersonalFields.of(object.getClass());
        if (fields.isEmpty()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        ObjectNode tree = delegate.getObjectMapper().valueToTree(object);
        values.seal(tree, ((PatientEvent) object).patientId().asString(), fields);
        SerializedType type = delegate.typeForClass(object.getClass());
        if (String.class.equals(expectedRepresentation)) {
            @SuppressWarnings("unchecked")
            T text = (T) delegate.getObjectMapper().writeValueAsString(tree);
            return new SimpleSerializedObject<>(text, expectedRepresentation, type);
        }
        return delegate.getConverter()
                .convert(new SimpleSerializedObject<>(tree, JsonNode.class, type), expectedRepresentation);
    }

    /**
     * Reads as Axon's Jackson 3 serializer does (the same object mapper, hence the same value), with the class and its
     * reader resolved once per type name; personal fields are opened in the JSON tree before it is bound.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Reading reading = readings.computeIfAbsent(
                serializedObject.getType().getName(), name -> readingOf(serializedObject.getType()));
        if (reading.reader() == null) {
            return delegate.deserialize(serializedObject);
        }
        try {
            if (reading.fields().isEmpty()) {
                return JsonNode.class.equals(serializedObject.getContentType())
                        ? (T) reading.reader().readValue((JsonNode) serializedObject.getData())
                        : (T) reading.reader()
                                .readValue(delegate.getConverter()
                                        .convert(serializedObject, byte[].class)
                                        .getData());
            }
            JsonNode tree = delegate.getConverter()
                    .convert(serializedObject, JsonNode.class)
                    .getData();
            if (tree instanceof ObjectNode event) {
                values.open(event, reading.fields());
            }
            return (T) reading.reader().readValue(tree);
        } catch (JacksonException e) {
            throw new SerializationException("Error while deserializing object", e);
        }
    }

    private Reading readingOf(SerializedType type) {
        if (SerializedType.emptyType().equals(type)) {
            return new Reading(null, PersonalFields.NONE);
        }
        Class<?> resolved = classForType(type);
        if (UnknownSerializedType.class.isAssignableFrom(resolved)) {
            return new Reading(null, PersonalFields.NONE);
        }
        return new Reading(delegate.getObjectMapper().readerFor(resolved), PersonalFields.of(resolved));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class<?> classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
