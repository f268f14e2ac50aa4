package io.mesorecords.privacy;

import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PersonalData;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The components of a message type marked {@link PersonalData}, looked up once per class. A type without any is
 * {@link #NONE}, and the serializer passes it through untouched.
 *
 * @param type the message type
 * @param fields its personal components, in declaration order
 */
public record PersonalFields(Class<?> type, List<Field> fields) {

    static final PersonalFields NONE = new PersonalFields(Void.class, List.of());

    private static final ClassValue<PersonalFields> CACHE = new ClassValue<>() {
        @Override
        protected PersonalFields computeValue(Class<?> type) {
            return inspect(type);
        }
    };

    /**
     * One personal component.
     *
     * @param name the component's name, which is also its JSON property
     * @param keys for a map: the keys whose values are personal; empty for the whole value
     */
    public record Field(String name, Set<String> keys) {

        public boolean wholeValue() {
            return keys.isEmpty();
        }
    }

    public static PersonalFields of(Class<?> type) {
        return CACHE.get(type);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The names of the personal components, for showing what an erasure took away. */
    public List<String> names() {
        return fields.stream().map(Field::name).toList();
    }

    private static PersonalFields inspect(Class<?> type) {
        if (!type.isRecord()) {
            return NONE;
        }
        List<Field> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            PersonalData marked = component.getAnnotation(PersonalData.class);
            if (marked == null) {
                continue;
            }
            // Enforced here rather than trusted: a marked primitive could not read back as absent after erasure, and
            // without a patient there is no key to encrypt under.
            if (component.getType().isPrimitive()) {
                throw new IllegalStateException(type.getName() + "." + component.getName()
                        + " is a primitive and cannot be @PersonalData: an erased value reads back as null");
            }
            if (!PatientEvent.class.isAssignableFrom(type)) {
                throw new IllegalStateException(
                        type.getName() + " has @PersonalData but is no PatientEvent: whose key would protect it?");
            }
            fields.add(new Field(component.getName(), Set.of(marked.keys())));
        }
        return fields.isEmpty() ? NONE : new PersonalFields(type, List.copyOf(fields));
    }
}
