package io.mesorecords.command.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** A chunked body announces no length; the limit must hold while it is read. */
class RequestBodyLimitFilterTest {

    private static final long LIMIT = 1024;

    private final AtomicReference<Exception> resolved = new AtomicReference<>();
    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(
            new EdgeProperties(DataSize.ofBytes(LIMIT), Duration.ofSeconds(1), Duration.ofHours(1)),
            (request, response, handler, failure) -> {
                resolved.set(failure);
                return null;
            });

    private static MockHttpServletRequest chunked(int size) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/patients") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent(new byte[size]);
        return request;
    }

    @Test
    void refusesAChunkedBodyOnceItPassesTheLimit() {
        MockFilterChain reader = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response)
                    throws java.io.IOException {
                ((HttpServletRequest) request).getInputStream().readAllBytes();
            }
        };

        assertThatThrownBy(() -> filter.doFilter(chunked((int) LIMIT + 1), new MockHttpServletResponse(), reader))
                .isInstanceOf(RequestBodyTooLarge.class);
    }

    @Test
    void letsAChunkedBodyWithinTheLimitThrough() throws Exception {
        AtomicReference<Integer> read = new AtomicReference<>();
        MockFilterChain reader = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response)
                    throws java.io.IOException {
                read.set(((HttpServletRequest) request).getInputStream().readAllBytes().length);
            }
        };

        filter.doFilter(chunked((int) LIMIT), new MockHttpServletResponse(), reader);

        assertThat(read.get()).isEqualTo((int) LIMIT);
    }

    @Test
    void refusesAnAnnouncedLengthOverTheLimitBeforeReading() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/patients");
        request.setContent(new byte[(int) LIMIT + 1]);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(resolved.get()).isInstanceOf(RequestBodyTooLarge.class);
        assertThat(chain.getRequest()).isNull();
    }
}
