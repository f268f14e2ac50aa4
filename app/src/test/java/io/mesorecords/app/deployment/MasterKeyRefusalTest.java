package io.mesorecords.app.deployment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mesorecords.app.MesoRecordsApplication;
import io.mesorecords.platform.security.TestTokens;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Outside the embedded default the backend never makes up a master key: with the Axon Server profile (events outlive
 * this process's files) it refuses to start, saying what to set, before it connects anywhere.
 */
class MasterKeyRefusalTest {

    @TempDir
    Path data;

    @Test
    void axonServerModeRefusesToStartWithoutAMasterKey() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(MesoRecordsApplication.class)
                        .run(
                                "--spring.profiles.active=axonserver",
                                "--mesorecords.data-dir=" + data,
                                "--server.port=0",
                                "--spring.main.banner-mode=off",
                                // A shared configuration authenticates against an authorization server, not the
                                // development sign-in.
                                "--" + TestTokens.propertyPairs()[0],
                                "--" + TestTokens.propertyPairs()[1])
                        .close())
                .hasStackTraceContaining("No master key for personal data")
                .hasStackTraceContaining("MESORECORDS_PRIVACY_MASTER_KEY");
        assertThatThrownBy(() -> java.nio.file.Files.readString(data.resolve("mesorecords.master-key")))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }
}
