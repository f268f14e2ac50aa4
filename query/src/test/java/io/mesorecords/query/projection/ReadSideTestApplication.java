package io.mesorecords.query.projection;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

/** The read side alone, on an in-memory H2 that also holds the event store. */
// @SpringBootApplication spelled out, leaving out the other Spring Boot configurations in the scanned packages (the
// query service's and the outcome tests' own), which would otherwise be imported into this context a second time.
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
        basePackages = "io.mesorecords.query",
        excludeFilters = {
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
            @Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class)
        })
public class ReadSideTestApplication {}
