package io.mesorecords.query.projection;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The read side alone, on an in-memory H2 that also holds the event store. */
@SpringBootApplication(scanBasePackages = "io.mesorecords.query")
public class ReadSideTestApplication {}
