package io.mesorecords.platform.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** The databases the backend runs on: H2 embedded, PostgreSQL in production. Migrations keep a folder per vendor. */
public enum SqlVendor {
    H2("BLOB", "CLOB"),
    POSTGRESQL("BYTEA", "TEXT");

    private final String binaryType;
    private final String textType;

    SqlVendor(String binaryType, String textType) {
        this.binaryType = binaryType;
        this.textType = textType;
    }

    /**
     * The column types the vendors spell differently, as Flyway placeholders: {@code ${binary}} for serialized payloads
     * (never PostgreSQL large objects) and {@code ${text}} for long text. Everything else in the migrations is the same
     * SQL on both databases.
     */
    public Map<String, String> placeholders() {
        return Map.of("binary", binaryType, "text", textType);
    }

    public static SqlVendor of(DataSource dataSource) {
        try {
            return ofProduct(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database the data source is", e);
        }
    }

    /** The vendor of an open connection (a migration's, or one bound to the current transaction). */
    public static SqlVendor of(Connection connection) throws SQLException {
        return ofProduct(connection.getMetaData().getDatabaseProductName());
    }

    private static SqlVendor ofProduct(String product) {
        return switch (product) {
            case "H2" -> H2;
            case "PostgreSQL" -> POSTGRESQL;
            default -> throw new IllegalStateException("Unsupported database " + product);
        };
    }
}
