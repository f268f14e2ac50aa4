package io.mesorecords.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles an endpoint answers; on a method, or on a controller for all its methods (a method's own rule wins). An
 * endpoint of the backend without a rule answers nobody (403 {@code access.no-rule}), so a forgotten rule fails closed
 * and the endpoint-by-role test names it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AllowedRoles {
    Role[] value();
}
