package io.mesorecords.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Every Spring test context of the project trusts {@link TestTokens} (JWT mode, the test issuer's key), as a
 * production deployment trusts its authorization server, unless the test class is annotated {@link
 * UsesDevelopmentSignIn}. Registered in this module's test jar ({@code META-INF/spring.factories}).
 */
public final class TestIssuer implements ContextCustomizerFactory {

    /** The test runs the application's own configuration, development sign-in included. */
    @Documented
    @Inherited
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface UsesDevelopmentSignIn {}

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configurationAttributes) {
        if (AnnotatedElementUtils.hasAnnotation(testClass, UsesDevelopmentSignIn.class)) {
            return null;
        }
        return new TrustTestTokens();
    }

    private static final class TrustTestTokens implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            TestPropertyValues.of(TestTokens.properties()).applyTo(context);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TrustTestTokens;
        }

        @Override
        public int hashCode() {
            return TrustTestTokens.class.hashCode();
        }
    }
}
