package io.mesorecords.app.deployment;

import java.util.Arrays;
import java.util.Objects;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/** Which of a node's beans come from one side's code. */
final class SideBeans {

    static final String WRITE_SIDE = "io.mesorecords.command.";
    static final String READ_SIDE = "io.mesorecords.query.";

    private SideBeans() {}

    /**
     * The classes of the beans declared in {@code sidePackage}. Auto-configurations are left out: a jar's
     * auto-configuration is active wherever the jar is on the classpath, and app's tests see both sides' jars.
     */
    static String[] of(ConfigurableApplicationContext node, String sidePackage) {
        return Arrays.stream(node.getBeanDefinitionNames())
                .map(node.getBeanFactory()::getType)
                .filter(Objects::nonNull)
                .map(ClassUtils::getUserClass)
                .filter(type -> type.getName().startsWith(sidePackage))
                .filter(type -> !AnnotatedElementUtils.hasAnnotation(type, AutoConfiguration.class))
                .map(Class::getName)
                .distinct()
                .sorted()
                .toArray(String[]::new);
    }
}
