package io.mesorecords.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The embedded default: write side and read side in one process. */
@SpringBootApplication(scanBasePackages = "io.mesorecords")
public class MesoRecordsApplication {

    public static void main(String[] args) {
        SpringApplication.run(MesoRecordsApplication.class, args);
    }
}
