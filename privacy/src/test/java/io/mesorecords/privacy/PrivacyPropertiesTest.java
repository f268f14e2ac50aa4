package io.mesorecords.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The master key and its companions as operators set them: environment variables, read by relaxed binding. */
class PrivacyPropertiesTest {

    @Test
    void theSettingsBindFromEnvironmentVariables() {
        MasterKey key = MasterKey.random();
        MasterKey retired = MasterKey.random();
        MasterKey older = MasterKey.random();
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "MESORECORDS_PRIVACY_MASTER_KEY",
                                        key.base64(),
                                        "MESORECORDS_PRIVACY_MASTER_KEY_FILE",
                                        "/run/secrets/master-key",
                                        "MESORECORDS_PRIVACY_RETIREDMASTERKEYS",
                                        retired.base64() + "," + older.base64(),
                                        "MESORECORDS_PRIVACY_KEY_CACHE_TTL",
                                        "30s")));

        PrivacyProperties properties = new Binder(ConfigurationPropertySources.get(environment))
                .bind("mesorecords.privacy", PrivacyProperties.class)
                .get();

        assertThat(properties.masterKey()).isEqualTo(key.base64());
        assertThat(properties.masterKeyFile()).isEqualTo(Path.of("/run/secrets/master-key"));
        assertThat(properties.retiredMasterKeys()).containsExactly(retired.base64(), older.base64());
        assertThat(properties.keyCacheTtl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.keyCacheSize()).isEqualTo(10_000);
    }
}
