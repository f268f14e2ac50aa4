package io.mesorecords.command.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.mesorecords.api.common.RecordMetadata;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The write side's HTTP edge with every controller, filter and the problem mapper, and a mocked command gateway: tests
 * assert the exact command and metadata a request sends.
 */
@WebMvcTest(
        includeFilters =
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.mesorecords\\.command\\.http\\..*"),
        // The integrity check reads storage, which this slice does not have; app tests cover it end to end.
        excludeFilters =
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.mesorecords\\.command\\.integrity\\..*"))
@Import(EdgeTestConfiguration.class)
public abstract class CommandApiTest {

    protected static final long TIMEOUT_MILLIS = 10_000L;

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected CommandGateway gateway;

    /** The record answers every command with this version. */
    protected void recordAnswersVersion(long version) {
        when(gateway.sendAndWait(any(), any(MetaData.class), anyLong(), any(TimeUnit.class)))
                .thenReturn(version);
    }

    protected void recordFailsWith(RuntimeException failure) {
        when(gateway.sendAndWait(any(), any(MetaData.class), anyLong(), any(TimeUnit.class)))
                .thenThrow(failure);
    }

    /** The one command sent, with its metadata. */
    protected Sent sent() {
        ArgumentCaptor<Object> command = ArgumentCaptor.forClass(Object.class);
        ArgumentCaptor<MetaData> metadata = ArgumentCaptor.forClass(MetaData.class);
        verify(gateway)
                .sendAndWait(command.capture(), metadata.capture(), eq(TIMEOUT_MILLIS), eq(TimeUnit.MILLISECONDS));
        return new Sent(command.getValue(), metadata.getValue());
    }

    /** Metadata of a request sent with the default practitioner's token and without If-Match. */
    protected static MetaData developmentMetadata(String correlationId) {
        return metadata(
                EdgeTestConfiguration.PRACTITIONER, "PRACTITIONER", EdgeTestConfiguration.CLINIC, correlationId, null);
    }

    /**
     * @param actorClinics the user's clinics, comma-separated, as the token names them
     */
    protected static MetaData metadata(
            String userId, String role, String actorClinics, String correlationId, Long expectedVersion) {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put(RecordMetadata.USER_ID, userId);
        entries.put(RecordMetadata.ROLE, role);
        entries.put(RecordMetadata.ACTOR_CLINICS, actorClinics);
        entries.put(RecordMetadata.CORRELATION_ID, correlationId);
        entries.put(RecordMetadata.RECORDED_AT, EdgeTestConfiguration.NOW.toString());
        if (expectedVersion != null) {
            entries.put(RecordMetadata.EXPECTED_VERSION, expectedVersion);
        }
        return MetaData.from(entries);
    }

    public record Sent(Object command, MetaData metadata) {

        public void is(Object expectedCommand, MetaData expectedMetadata) {
            assertThat(command).isEqualTo(expectedCommand);
            assertThat(metadata).isEqualTo(expectedMetadata);
        }
    }
}
