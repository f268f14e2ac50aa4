package io.mesorecords.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * Where the master key comes from: configuration or the environment first; a key of its own only for the embedded H2
 * default; a refusal to start everywhere else, and whenever the stored keys were wrapped under a key not configured.
 */
class MasterKeySourceTest {

    private final InMemoryKeyStore store = new InMemoryKeyStore();
    private final MockEnvironment embedded = new MockEnvironment().withProperty("axon.axonserver.enabled", "false");

    @TempDir
    Path folder;

    @Test
    void theConfiguredKeyIsTheActiveOne() {
        MasterKey configured = MasterKey.random();

        MasterKeys keys = MasterKeySource.resolve(withKey(configured.base64()), postgres(), embedded, store);

        assertThat(keys.activeId()).isEqualTo(configured.id());
    }

    @Test
    void aKeyThatIsNot256BitsIsRefused() {
        String short128 = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> MasterKeySource.resolve(withKey(short128), postgres(), embedded, store))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }

    @Test
    void postgresWithoutAMasterKeyRefusesToStart() {
        assertThatThrownBy(() -> MasterKeySource.resolve(none(), postgres(), embedded, store))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No master key")
                .hasMessageContaining("MESORECORDS_PRIVACY_MASTER_KEY");
    }

    @Test
    void axonServerWithoutAMasterKeyRefusesToStartEvenOnH2() {
        MockEnvironment axonServer = new MockEnvironment().withProperty("axon.axonserver.enabled", "true");

        assertThatThrownBy(() -> MasterKeySource.resolve(none(), h2File("axon"), axonServer, store))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No master key");
        assertThat(folder.resolve("axon.master-key")).doesNotExist();
    }

    @Test
    void anInMemoryDatabaseGetsARandomKeyThatEndsWithIt() {
        DataSource memory = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");

        MasterKeys first = MasterKeySource.resolve(none(), memory, embedded, store);
        MasterKeys second = MasterKeySource.resolve(none(), memory, embedded, store);

        assertThat(first.activeId()).isNotEqualTo(second.activeId());
    }

    @Test
    void theEmbeddedDefaultGeneratesItsKeyOnceBesideTheDatabaseFilesForItsOwnerOnly() throws Exception {
        DataSource database = h2File("mesorecords");

        MasterKeys generated = MasterKeySource.resolve(none(), database, embedded, store);
        MasterKeys restarted = MasterKeySource.resolve(none(), database, embedded, store);

        Path file = folder.resolve("mesorecords.master-key");
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(MasterKey.ofBase64(Files.readString(file)).id()).isEqualTo(generated.activeId());
        assertThat(restarted.activeId()).isEqualTo(generated.activeId());
    }

    @Test
    void aLostKeyFileIsNotReplacedWhileKeysWrappedUnderItExist() throws Exception {
        DataSource database = h2File("lost");
        MasterKeys original = MasterKeySource.resolve(none(), database, embedded, store);
        storeKeyWrappedUnder(original);
        Files.delete(folder.resolve("lost.master-key"));

        assertThatThrownBy(() -> MasterKeySource.resolve(none(), database, embedded, store))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is missing")
                .hasMessageContaining(original.activeId());
        assertThat(folder.resolve("lost.master-key")).doesNotExist();
    }

    @Test
    void aWrongMasterKeyRefusesToStartAndNamesTheKeyThatIsNeeded() {
        MasterKeys original = new MasterKeys(MasterKey.random(), List.of());
        storeKeyWrappedUnder(original);
        MasterKey other = MasterKey.random();

        assertThatThrownBy(() -> MasterKeySource.resolve(withKey(other.base64()), postgres(), embedded, store))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(original.activeId())
                .hasMessageContaining(other.id());
    }

    @Test
    void afterARotationTheRetiredKeyStillUnwrapsOlderKeys() {
        MasterKey old = MasterKey.random();
        MasterKeys before = new MasterKeys(old, List.of());
        WrappedKey wrapped = before.wrap("patient-1", new SecretKeySpec(new byte[32], "AES"));
        store.createIfAbsent("patient-1", wrapped, Instant.now());
        MasterKey current = MasterKey.random();
        PrivacyProperties rotated = new PrivacyProperties(
                current.base64(), null, List.of(old.base64()), 10, java.time.Duration.ofMinutes(1));

        MasterKeys after = MasterKeySource.resolve(rotated, postgres(), embedded, store);

        assertThat(after.activeId()).isEqualTo(current.id());
        assertThat(after.unwrap("patient-1", wrapped).getEncoded()).isEqualTo(new byte[32]);
        assertThat(after.wrap("patient-2", new SecretKeySpec(new byte[32], "AES"))
                        .masterKeyId())
                .isEqualTo(current.id());
    }

    @Test
    void aKeyFileNamedInTheConfigurationIsRead() throws Exception {
        MasterKey mounted = MasterKey.random();
        Path file = Files.writeString(folder.resolve("secret"), mounted.base64() + "\n");
        PrivacyProperties properties =
                new PrivacyProperties(null, file, List.of(), 10, java.time.Duration.ofMinutes(1));

        assertThat(MasterKeySource.resolve(properties, postgres(), embedded, store)
                        .activeId())
                .isEqualTo(mounted.id());
    }

    @Test
    void aKeyFileNamedInTheConfigurationMustExist() {
        PrivacyProperties properties =
                new PrivacyProperties(null, folder.resolve("absent"), List.of(), 10, java.time.Duration.ofMinutes(1));

        assertThatThrownBy(() -> MasterKeySource.resolve(properties, postgres(), embedded, store))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void aWrappedKeyOpensOnlyForItsPatientAndUnaltered() {
        MasterKeys keys = new MasterKeys(MasterKey.random(), List.of());
        WrappedKey wrapped = keys.wrap("patient-1", new SecretKeySpec(new byte[32], "AES"));
        byte[] altered = wrapped.bytes().clone();
        altered[20] ^= 1;

        assertThatThrownBy(() -> keys.unwrap("patient-2", wrapped))
                .isInstanceOf(PersonalDataUnreadableException.class)
                .hasMessageContaining("altered or copied");
        assertThatThrownBy(() -> keys.unwrap("patient-1", new WrappedKey(wrapped.masterKeyId(), altered)))
                .isInstanceOf(PersonalDataUnreadableException.class);
    }

    private void storeKeyWrappedUnder(MasterKeys keys) {
        store.createIfAbsent(
                "patient-" + UUID.randomUUID(),
                keys.wrap("patient", new SecretKeySpec(new byte[32], "AES")),
                Instant.now());
    }

    private DataSource h2File(String name) {
        return new DriverManagerDataSource("jdbc:h2:file:" + folder.resolve(name) + ";MODE=Regular", "sa", "");
    }

    private static PrivacyProperties none() {
        return withKey(null);
    }

    private static PrivacyProperties withKey(String base64) {
        return new PrivacyProperties(base64, null, List.of(), 10, java.time.Duration.ofMinutes(1));
    }

    private static DataSource postgres() {
        try {
            DataSource dataSource = mock(DataSource.class);
            Connection connection = mock(Connection.class);
            DatabaseMetaData metaData = mock(DatabaseMetaData.class);
            when(dataSource.getConnection()).thenReturn(connection);
            when(connection.getMetaData()).thenReturn(metaData);
            when(metaData.getURL()).thenReturn("jdbc:postgresql://db.example:5432/mesorecords");
            return dataSource;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
