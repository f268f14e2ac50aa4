package io.mesorecords.query.projection;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.mesorecords.platform.security.Role;
import io.mesorecords.platform.security.TestTokens;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;

/**
 * The read side's tests trust {@link TestTokens}; requests carry a token of a practitioner of {@link Patients#CLINIC}
 * (where the test patients are registered) unless a test sends its own Authorization header.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestTokens.Decoder.class)
public class ReadSideSecurity {

    public static final String CLINIC = Patients.CLINIC.value();
    public static final String PRACTITIONER = TestTokens.userOf(Role.PRACTITIONER, CLINIC);

    /** {@code Bearer <token>} for a user of this role at the test patients' clinic. */
    public static String as(Role role) {
        return TestTokens.bearer(role, CLINIC);
    }

    @Bean
    MockMvcBuilderCustomizer practitionerOfTheTestClinicByDefault() {
        return builder -> builder.defaultRequest(get("/").header(HttpHeaders.AUTHORIZATION, as(Role.PRACTITIONER)));
    }
}
