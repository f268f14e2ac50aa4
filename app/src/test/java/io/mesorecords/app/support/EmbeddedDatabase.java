package io.mesorecords.app.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring test context at a fresh H2 file database, as the embedded default uses, in a temporary folder. */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {}

    public static void register(DynamicPropertyRegistry registry) {
        try {
            Path folder = Files.createTempDirectory("mesorecords-h2-");
            registry.add("mesorecords.data-dir", folder::toString);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a folder for the test database", e);
        }
    }
}
