package io.mesorecords.platform.storage;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** The databases the backend runs on: H2 embedded, PostgreSQL in production. Migrations keep a folder per vendor. */
public enum SqlVendor {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String folder;

    SqlVendor(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }

    public static SqlVendor of(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return switch (product) {
                case "H2" -> H2;
                case "PostgreSQL" -> POSTGRESQL;
                default -> throw new IllegalStateException("Unsupported database " + product);
            };
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database the data source is", e);
        }
    }
}
