package io.mesorecords.api.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of a {@link PatientEvent} that identifies the patient (name, date of birth, contact, free text).
 * The event store keeps such a value encrypted under the patient's own key, and erasing the patient's personal data
 * destroys that key: the value then reads as absent while every other component stays (docs/security.md).
 *
 * <p>Only reference types can be marked: an erased value must be able to read back as {@code null}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface PersonalData {

    /**
     * For a map of values: the keys whose values are personal data, each encrypted on its own, so that the other
     * values stay readable after erasure. Empty (the default) means the whole value.
     */
    String[] keys() default {};
}
