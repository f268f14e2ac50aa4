package io.mesorecords.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

/**
 * The embedded default: write side and read side in one process. This is {@code @SpringBootApplication} spelled out,
 * with one more exclusion: the command and query services' own {@code @SpringBootApplication} classes live in the
 * scanned packages, and picking them up would import their component scans, auto-configuration and configuration names
 * into this process a second time.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
        basePackages = "io.mesorecords",
        excludeFilters = {
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
            @Filter(type = FilterType.ANNOTATION, classes = SpringBootApplication.class)
        })
public class MesoRecordsApplication {

    public static void main(String[] args) {
        SpringApplication.run(MesoRecordsApplication.class, args);
    }
}
