package io.mesorecords.command.axon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@link java.time.Instant} handler parameter that receives the moment the message entered the system: the
 * {@code recordedAt} metadata captured at the edge, else the message clock. Rules that need "now" take it from here, so
 * no decision reads the wall clock.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface RecordedAt {}
