package io.mesorecords.privacy;

import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Personal data encrypted in every process that stores or reads events. Declaring the {@code eventSerializer} bean
 * makes Axon's auto-configuration (ordered after this) back off from its own; the general and message serializers
 * stay Axon's. Snapshots are written with the general serializer: the patient record holds no personal data.
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@EnableConfigurationProperties(PrivacyProperties.class)
public class PrivacyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PersonalDataKeyStore personalDataKeyStore(DataSource dataSource, PlatformTransactionManager transactions) {
        return new JdbcPersonalDataKeyStore(dataSource, transactions);
    }

    @Bean
    MasterKeys masterKeys(
            PrivacyProperties properties, DataSource dataSource, Environment environment, PersonalDataKeyStore store) {
        return MasterKeySource.resolve(properties, dataSource, environment, store);
    }

    @Bean
    PersonalDataKeys personalDataKeys(PersonalDataKeyStore store, MasterKeys masterKeys, PrivacyProperties properties) {
        KeyCache cache = new KeyCache(properties.keyCacheSize(), properties.keyCacheTtl(), System::nanoTime);
        return new PersonalDataKeys(store, masterKeys, cache, Clock.systemUTC());
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer, PersonalDataKeys keys) {
        if (!(serializer instanceof Jackson3Serializer jackson)) {
            throw new IllegalStateException("Personal data encryption works on Jackson 3 JSON: set"
                    + " axon.serializer.general=jackson3 (mesorecords-common.yml does), not " + serializer.getClass());
        }
        return new PersonalDataSerializer(jackson, keys);
    }
}
