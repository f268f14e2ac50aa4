package io.mesorecords.privacy;

import io.mesorecords.api.common.PatientEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.JsonNode;
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
    // Resolving a type name to its class on every read costs a class lookup; a rebuild reads tens of thousands a
    // second.
    private final Map<String, PersonalFields> fieldsByTypeName = new ConcurrentHashMap<>();

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

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        PersonalFields fields = fieldsByTypeName.computeIfAbsent(
                serializedObject.getType().getName(),
                name -> PersonalFields.of(classForType(serializedObject.getType())));
        if (fields.isEmpty()) {
            return delegate.deserialize(serializedObject);
        }
        JsonNode tree = delegate.getConverter()
                .convert(serializedObject, JsonNode.class)
                .getData();
        if (tree instanceof ObjectNode event) {
            values.open(event, fields);
        }
        return delegate.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, serializedObject.getType()));
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
