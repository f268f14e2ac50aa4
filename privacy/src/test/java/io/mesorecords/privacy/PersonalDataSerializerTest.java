package io.mesorecords.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mesorecords.api.clinical.EntryReference;
import io.mesorecords.api.clinical.EntryType;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.patient.EntryCorrected;
import io.mesorecords.api.patient.PatientRegistered;
import io.mesorecords.privacy.StoredSamples.Sample;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The event serializer over every event type of the contract (the committed samples of {@code shared}): identifying
 * values are stored only as ciphertext and read back exactly; after the key is destroyed they read as absent while
 * every clinical value stays; an altered or moved ciphertext fails authentication instead of reading as something
 * else; events without personal data are stored exactly as before.
 */
class PersonalDataSerializerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Jackson3Serializer plain = Jackson3Serializer.builder().build();
    private final InMemoryKeyStore store = new InMemoryKeyStore();
    private final PersonalDataKeys keys = new PersonalDataKeys(
            store,
            new MasterKeys(MasterKey.random(), List.of()),
            new KeyCache(100, Duration.ofMinutes(5), System::nanoTime),
            Clock.systemUTC());
    private final PersonalDataSerializer serializer = new PersonalDataSerializer(plain, keys);

    static Stream<Sample> withPersonalData() {
        return StoredSamples.withPersonalData();
    }

    static Stream<Sample> withoutPersonalData() {
        return StoredSamples.withoutPersonalData();
    }

    @Test
    void theSamplesCoverEveryEventTypeThatHoldsPersonalData() {
        assertThat(withPersonalData().map(Sample::name))
                .containsExactlyInAnyOrder(
                        "CourseDiscontinued",
                        "CourseExtended",
                        "EntryCorrected",
                        "MedicalHistoryRecorded",
                        "PatientRegistered",
                        "ReactionRecorded",
                        "SessionCancelled",
                        "SessionPerformed");
    }

    @ParameterizedTest
    @MethodSource("withPersonalData")
    void identifyingDataRoundTrips(Sample sample) {
        SerializedObject<byte[]> stored = serializer.serialize(sample.event(), byte[].class);

        assertThat(stored.getType()).isEqualTo(plain.typeForClass(sample.event().getClass()));
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(sample.event());
    }

    @ParameterizedTest
    @MethodSource("withPersonalData")
    void theStoredFormHoldsNoIdentifyingValueInPlainText(Sample sample) {
        String stored = text(serializer.serialize(sample.event(), byte[].class));

        List<String> identifying = identifyingTexts(sample);
        assertThat(identifying).isNotEmpty();
        identifying.forEach(value -> assertThat(stored).doesNotContain(value));
        assertThat(stored).contains("\"$encrypted\":\"v1:");
    }

    @ParameterizedTest
    @MethodSource("withPersonalData")
    void afterTheKeyIsDestroyedIdentifyingDataReadsAsAbsentAndClinicalFactsStay(Sample sample) {
        SerializedObject<byte[]> stored = serializer.serialize(sample.event(), byte[].class);

        keys.destroy(sample.event().patientId().asString());
        PatientEvent erased = serializer.deserialize(stored);

        PersonalFields personal = PersonalFields.of(erased.getClass());
        for (RecordComponent component : erased.getClass().getRecordComponents()) {
            Object before = value(component, sample.event());
            Object after = value(component, erased);
            PersonalFields.Field field = personal.fields().stream()
                    .filter(f -> f.name().equals(component.getName()))
                    .findFirst()
                    .orElse(null);
            if (field == null) {
                assertThat(after).as(component.getName()).isEqualTo(before);
            } else if (field.wholeValue()) {
                assertThat(after).as(component.getName()).isNull();
            } else {
                Map<?, ?> values = (Map<?, ?>) after;
                ((Map<?, ?>) before).forEach((key, value) -> assertThat(values.get(key))
                        .as("%s.%s", component.getName(), key)
                        .isEqualTo(field.keys().contains(key) ? null : value));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("withPersonalData")
    void storedSamplesWrittenBeforeEncryptionStillLoad(Sample sample) {
        SerializedObject<byte[]> legacy = new SimpleSerializedObject<>(
                sample.plain(), byte[].class, plain.typeForClass(sample.event().getClass()));

        assertThat((Object) serializer.deserialize(legacy)).isEqualTo(sample.event());
    }

    @ParameterizedTest
    @MethodSource("withoutPersonalData")
    void eventsWithoutPersonalDataAreStoredExactlyAsBefore(Sample sample) {
        SerializedObject<byte[]> stored = serializer.serialize(sample.event(), byte[].class);

        assertThat(text(stored)).isEqualTo(new String(sample.plain(), StandardCharsets.UTF_8));
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(sample.event());
        assertThat(store.keys).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("withoutPersonalData")
    void eventsWithoutPersonalDataReadAsAxonsSerializerReadsThemFromEveryRepresentation(Sample sample) {
        SerializedObject<byte[]> stored = serializer.serialize(sample.event(), byte[].class);
        SerializedObject<JsonNode> tree =
                new SimpleSerializedObject<>(JSON.readTree(stored.getData()), JsonNode.class, stored.getType());
        SerializedObject<String> text = serializer.serialize(sample.event(), String.class);

        assertThat((Object) serializer.deserialize(stored)).isEqualTo(plain.deserialize(stored));
        assertThat((Object) serializer.deserialize(tree)).isEqualTo(sample.event());
        assertThat((Object) serializer.deserialize(text)).isEqualTo(sample.event());
    }

    @Test
    void metaDataReadsAsAxonsSerializerReadsIt() {
        MetaData metaData = MetaData.with("recordedAt", "2026-12-07T10:00:00Z").and("userId", "practitioner-1");
        SerializedObject<byte[]> stored = serializer.serialize(metaData, byte[].class);

        MetaData read = serializer.deserialize(stored);
        MetaData again = serializer.deserialize(stored);

        assertThat(read).isEqualTo(metaData).isEqualTo(plain.deserialize(stored));
        assertThat(again).isEqualTo(metaData);
    }

    @Test
    void aTypeWithoutAClassHereReadsAsUnknownAndTheEmptyTypeAsNothing() {
        SerializedObject<byte[]> unknown = new SimpleSerializedObject<>(
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8), byte[].class, "io.mesorecords.NoSuchEvent", null);
        SerializedObject<byte[]> empty =
                new SimpleSerializedObject<>(new byte[0], byte[].class, SerializedType.emptyType());

        Object read = serializer.deserialize(unknown);
        Object readAgain = serializer.deserialize(unknown);

        assertThat(read).isInstanceOf(UnknownSerializedType.class);
        assertThat(((UnknownSerializedType) read).serializedType().getName()).isEqualTo("io.mesorecords.NoSuchEvent");
        assertThat(readAgain).isInstanceOf(UnknownSerializedType.class);
        assertThat((Object) serializer.deserialize(empty)).isNull();
    }

    @Test
    void unreadableJsonFailsAsAxonsSerializerFails() {
        Class<?> withoutPersonalData =
                withoutPersonalData().findFirst().orElseThrow().event().getClass();
        SerializedObject<byte[]> broken = new SimpleSerializedObject<>(
                "{\"patientId\":".getBytes(StandardCharsets.UTF_8),
                byte[].class,
                plain.typeForClass(withoutPersonalData));

        assertThatThrownBy(() -> plain.deserialize(broken)).isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> serializer.deserialize(broken)).isInstanceOf(SerializationException.class);
    }

    @Test
    void identifyingDataRoundTripsAsTextToo() {
        PatientRegistered registered = registered();

        SerializedObject<String> stored = serializer.serialize(registered, String.class);

        assertThat(stored.getData()).contains("\"$encrypted\"").doesNotContain("Anna", "1984-05-17");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(registered);
    }

    @Test
    void aTamperedCiphertextFailsAuthentication() {
        PatientRegistered registered = registered();
        ObjectNode stored = tree(serializer.serialize(registered, byte[].class));
        String sealed = stored.get("name").get(PersonalValues.ENVELOPE).asString();
        byte[] raw = Base64.getDecoder().decode(sealed.substring(FieldCipher.VERSION.length()));
        raw[raw.length - 20] ^= 1; // a bit of the ciphertext, just before the tag
        ((ObjectNode) stored.get("name"))
                .put(
                        PersonalValues.ENVELOPE,
                        FieldCipher.VERSION + Base64.getEncoder().encodeToString(raw));

        assertThatThrownBy(() -> serializer.deserialize(serialized(stored, PatientRegistered.class)))
                .isInstanceOf(PersonalDataUnreadableException.class)
                .hasMessageContaining("failed authentication");
    }

    @Test
    void aValueMovedToAnotherFieldFailsAuthentication() {
        ObjectNode stored = tree(serializer.serialize(registered(), byte[].class));
        stored.set("contact", stored.get("name"));

        assertThatThrownBy(() -> serializer.deserialize(serialized(stored, PatientRegistered.class)))
                .isInstanceOf(PersonalDataUnreadableException.class);
    }

    @Test
    void aValueMovedToAnotherPatientsRecordFailsAuthentication() {
        PatientRegistered anna = registered();
        PatientRegistered other = new PatientRegistered(
                PatientId.random(), anna.clinicId(), anna.name(), anna.dateOfBirth(), anna.sex(), anna.contact());
        ObjectNode annaStored = tree(serializer.serialize(anna, byte[].class));
        ObjectNode otherStored = tree(serializer.serialize(other, byte[].class));
        // Even with the other patient's key unwrapped, Anna's name does not open there.
        otherStored.set("name", annaStored.get("name"));

        assertThatThrownBy(() -> serializer.deserialize(serialized(otherStored, PatientRegistered.class)))
                .isInstanceOf(PersonalDataUnreadableException.class);
    }

    @Test
    void identifyingDataCannotBeRecordedAgainOnceTheKeyIsDestroyed() {
        PatientRegistered registered = registered();
        keys.destroy(registered.patientId().asString());

        assertThatThrownBy(() -> serializer.serialize(registered, byte[].class))
                .isInstanceOf(PersonalDataErasedException.class)
                .hasMessageContaining(registered.patientId().asString());
        assertThat(store.keys.get(registered.patientId().asString()).destroyed())
                .isTrue();
    }

    @Test
    void onlyTheIdentifyingValuesOfACorrectionAreEncrypted() {
        PatientId patient = PatientId.random();
        EntryCorrected correction = new EntryCorrected(
                patient,
                new EntryReference(EntryType.PATIENT, patient.asString()),
                Map.of("familyName", "de Vries-Bakker", "sex", "FEMALE"),
                "name changed at marriage");

        SerializedObject<byte[]> stored = serializer.serialize(correction, byte[].class);
        keys.destroy(patient.asString());
        EntryCorrected erased = serializer.deserialize(stored);

        assertThat(text(stored)).contains("\"sex\":\"FEMALE\"").doesNotContain("Bakker", "marriage");
        assertThat(erased.correctedValues()).containsEntry("sex", "FEMALE").containsEntry("familyName", null);
        assertThat(erased.reason()).isNull();
        assertThat(erased.entry()).isEqualTo(correction.entry());
    }

    @Test
    void eachValueHasItsOwnNonce() {
        PatientRegistered registered = registered();

        String first = text(serializer.serialize(registered, byte[].class));
        String second = text(serializer.serialize(registered, byte[].class));

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aPatientsKeyIsCreatedOnceAndCached() {
        PatientRegistered registered = registered();
        SerializedObject<byte[]> stored = serializer.serialize(registered, byte[].class);
        int findsAfterFirstUse = store.finds;

        for (int i = 0; i < 10; i++) {
            serializer.deserialize(stored);
            serializer.serialize(registered, byte[].class);
        }

        assertThat(store.keys).hasSize(1);
        assertThat(store.finds).isEqualTo(findsAfterFirstUse);
    }

    private static PatientRegistered registered() {
        return (PatientRegistered) StoredSamples.all()
                .filter(s -> s.name().equals("PatientRegistered"))
                .findFirst()
                .orElseThrow()
                .event();
    }

    private SimpleSerializedObject<byte[]> serialized(ObjectNode tree, Class<?> type) {
        return new SimpleSerializedObject<>(JSON.writeValueAsBytes(tree), byte[].class, plain.typeForClass(type));
    }

    private static ObjectNode tree(SerializedObject<byte[]> stored) {
        return (ObjectNode) JSON.readTree(stored.getData());
    }

    private static String text(SerializedObject<byte[]> stored) {
        return new String(stored.getData(), StandardCharsets.UTF_8);
    }

    /** Every text inside the sample's personal values, as the plain form writes it. */
    private static List<String> identifyingTexts(Sample sample) {
        JsonNode plain = JSON.readTree(sample.plain());
        List<String> texts = new ArrayList<>();
        for (PersonalFields.Field field :
                PersonalFields.of(sample.event().getClass()).fields()) {
            JsonNode value = plain.get(field.name());
            if (value == null || value.isNull()) {
                continue;
            }
            if (field.wholeValue()) {
                collect(value, texts);
            } else {
                field.keys().stream().map(value::get).filter(v -> v != null).forEach(v -> collect(v, texts));
            }
        }
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isString()) {
            texts.add(node.asString());
        } else {
            node.values().forEach(child -> collect(child, texts));
        }
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
