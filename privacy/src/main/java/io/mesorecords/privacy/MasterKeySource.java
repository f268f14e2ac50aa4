package io.mesorecords.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Where the master key comes from, in this order: {@code mesorecords.privacy.master-key} (or the environment variable
 * {@code MESORECORDS_PRIVACY_MASTER_KEY}); the file named by {@code mesorecords.privacy.master-key-file}; and only for
 * the embedded default (an H2 database in this process, no Axon Server) a key of its own: for an in-memory database
 * a random one that lives as long as the data, for an H2 file a random one generated once into a file beside the
 * database files, readable by the owner only. Anything else (PostgreSQL, Axon Server) refuses to start without a key.
 */
public final class MasterKeySource {

    static final String MISSING = "No master key for personal data. Set MESORECORDS_PRIVACY_MASTER_KEY (or"
            + " mesorecords.privacy.master-key) to the base64 of 32 random bytes, e.g. `openssl rand -base64 32`, or"
            + " mesorecords.privacy.master-key-file to a file holding it. Keep it out of the repository and the"
            + " database, and back it up: without it no personal data can be read. A key is generated only for the"
            + " embedded H2 default.";

    private static final Logger LOG = LoggerFactory.getLogger(MasterKeySource.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private MasterKeySource() {}

    public static MasterKeys resolve(
            PrivacyProperties properties, DataSource dataSource, Environment environment, PersonalDataKeyStore store) {
        List<MasterKey> retired =
                properties.retiredMasterKeys().stream().map(MasterKey::ofBase64).toList();
        MasterKeys keys = new MasterKeys(active(properties, dataSource, environment, store), retired);
        assertEveryStoredKeyUnwraps(keys, store);
        return keys;
    }

    private static MasterKey active(
            PrivacyProperties properties, DataSource dataSource, Environment environment, PersonalDataKeyStore store) {
        if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
            return MasterKey.ofBase64(properties.masterKey());
        }
        if (properties.masterKeyFile() != null) {
            if (!Files.isRegularFile(properties.masterKeyFile())) {
                throw new IllegalStateException("mesorecords.privacy.master-key-file names "
                        + properties.masterKeyFile() + ", which does not exist. " + MISSING);
            }
            return read(properties.masterKeyFile());
        }
        boolean axonServer = environment.getProperty("axon.axonserver.enabled", Boolean.class, true);
        String url = axonServer ? null : h2Url(dataSource);
        if (url == null) {
            throw new IllegalStateException(MISSING);
        }
        if (url.startsWith("mem:")) {
            LOG.info(
                    "Personal data in this in-memory database is encrypted under a random master key that ends with it");
            return MasterKey.random();
        }
        return ofEmbeddedFile(keyFileBeside(url), store);
    }

    /** The part of an H2 URL after {@code jdbc:h2:} without settings, or null for another database or an H2 server. */
    static String h2Url(DataSource dataSource) {
        String url;
        try {
            url = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database holds the personal data keys", e);
        }
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return null;
        }
        String location = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (location.startsWith("tcp:") || location.startsWith("ssl:")) {
            return null;
        }
        return location.startsWith("file:") ? location.substring("file:".length()) : location;
    }

    static Path keyFileBeside(String h2Location) {
        String path =
                h2Location.startsWith("~") ? System.getProperty("user.home") + h2Location.substring(1) : h2Location;
        return Path.of(path + ".master-key").toAbsolutePath().normalize();
    }

    private static MasterKey ofEmbeddedFile(Path file, PersonalDataKeyStore store) {
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        Set<String> inUse = storedMasterKeyIds(store);
        if (!inUse.isEmpty()) {
            throw new IllegalStateException("The master key file " + file + " is missing, but the database holds"
                    + " personal data keys wrapped under master key(s) " + inUse + ". Restore the file (or set"
                    + " MESORECORDS_PRIVACY_MASTER_KEY); a new key could not read them.");
        }
        MasterKey generated = MasterKey.random();
        try {
            Files.createDirectories(file.getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, generated.base64() + "\n", StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException anotherProcess) {
            return read(file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the generated master key to " + file, e);
        }
        LOG.warn(
                "Generated a master key for personal data at {} (id {}). Back it up with the database: without it no"
                        + " personal data can be read. Production sets MESORECORDS_PRIVACY_MASTER_KEY instead.",
                file,
                generated.id());
        return generated;
    }

    private static MasterKey read(Path file) {
        try {
            return MasterKey.ofBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the master key file " + file, e);
        }
    }

    private static void assertEveryStoredKeyUnwraps(MasterKeys keys, PersonalDataKeyStore store) {
        Set<String> unknown = new java.util.TreeSet<>(storedMasterKeyIds(store));
        unknown.removeIf(keys::knows);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Personal data keys in this database are wrapped under master key(s) "
                    + unknown + ", but the configured master keys are " + keys.ids()
                    + ". Configure the master key they were made with (mesorecords.privacy.master-key, or"
                    + " mesorecords.privacy.retired-master-keys after a rotation).");
        }
    }

    // Before the write side's first migration the table does not exist yet: nothing is stored then.
    private static Set<String> storedMasterKeyIds(PersonalDataKeyStore store) {
        try {
            return store.masterKeyIds();
        } catch (RuntimeException noTableYet) {
            return Set.of();
        }
    }
}
