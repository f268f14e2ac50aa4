package io.mesorecords.query.history;

import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.patient.EntryCorrected;
import io.mesorecords.privacy.PersonalFields;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What erasure removes from a recorded fact: exactly its {@code @PersonalData} components (name, date of birth,
 * contact, free text), the same ones the event store keeps encrypted under the patient's destroyed key. Clinical facts
 * (codes, scores, dates of treatment, lots) stay, de-identified. Events read back after erasure already lack those
 * values; redacting them again makes a history folded before the erasure look the same as one rebuilt after it.
 */
final class Redaction {

    static final String ERASED = "[erased]";

    private static final Set<String> PERSONAL_CORRECTION_KEYS =
            PersonalFields.of(EntryCorrected.class).fields().stream()
                    .filter(f -> f.name().equals("correctedValues"))
                    .findFirst()
                    .orElseThrow()
                    .keys();

    private Redaction() {}

    static PatientEvent redact(PatientEvent event) {
        PersonalFields personal = PersonalFields.of(event.getClass());
        if (personal.isEmpty()) {
            return event;
        }
        RecordComponent[] components = event.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = redacted(
                        personal, components[i], components[i].getAccessor().invoke(event));
            }
            Class<?>[] types =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> canonical = event.getClass().getDeclaredConstructor(types);
            return (PatientEvent) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException invocation ? invocation.getCause() : e;
            throw new IllegalStateException("Cannot redact " + event.getClass().getSimpleName(), cause);
        }
    }

    /** The names of the fact's components that erasure took away. */
    static List<String> erasedFieldsOf(PatientEvent fact) {
        return PersonalFields.of(fact.getClass()).names();
    }

    /** The personal values of a correction (a name, a contact, free text) are marked; the clinical ones stay. */
    static Map<String, String> redactValues(Map<String, String> values) {
        Map<String, String> redacted = new TreeMap<>(values);
        redacted.replaceAll((key, value) -> PERSONAL_CORRECTION_KEYS.contains(key) ? ERASED : value);
        return redacted;
    }

    private static Object redacted(PersonalFields personal, RecordComponent component, Object value) {
        for (PersonalFields.Field field : personal.fields()) {
            if (field.name().equals(component.getName())) {
                if (field.wholeValue()) {
                    return null;
                }
                @SuppressWarnings("unchecked")
                Map<String, String> map = (Map<String, String>) value;
                return map == null ? null : redactValues(map);
            }
        }
        return value;
    }
}
