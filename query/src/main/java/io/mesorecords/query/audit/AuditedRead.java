package io.mesorecords.query.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose every answer, served or refused, writes an access-log entry. The patient is the handler's
 * {@code patientId} path variable. Only requests under {@code /patients/} reach the audit filter; a marked handler
 * elsewhere fails every request rather than answer unaudited.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditedRead {

    /** What is read, e.g. {@code patient-history}. */
    String object();

    AccessAction action() default AccessAction.R;

    /** Query parameters whose values say which view was read (e.g. {@code asOf}); never clinical content. */
    String[] parameters() default {};
}
