package io.mesorecords.privacy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the personal-data encryption ({@code mesorecords.privacy.*}). The master key comes from configuration or
 * the environment ({@code MESORECORDS_PRIVACY_MASTER_KEY}), never from the repository; see {@link MasterKeySource}.
 *
 * @param masterKey the active master key: base64 of 32 random bytes ({@code openssl rand -base64 32})
 * @param masterKeyFile a file holding the active master key in base64 (e.g. a mounted secret), instead of masterKey
 * @param retiredMasterKeys earlier master keys (base64), still accepted to unwrap keys made before a rotation
 * @param keyCacheSize how many unwrapped data keys each process keeps in memory (0: none)
 * @param keyCacheTtl how long a process may use a cached data key before reading it again: the longest time another
 *     node can still decrypt a patient's data after the erasure that destroyed its key
 */
@ConfigurationProperties("mesorecords.privacy")
public record PrivacyProperties(
        String masterKey,
        Path masterKeyFile,
        List<String> retiredMasterKeys,
        @DefaultValue("10000") int keyCacheSize,
        @DefaultValue("5m") Duration keyCacheTtl) {

    public PrivacyProperties {
        retiredMasterKeys = retiredMasterKeys == null ? List.of() : List.copyOf(retiredMasterKeys);
    }
}
