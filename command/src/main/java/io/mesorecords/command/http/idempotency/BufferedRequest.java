package io.mesorecords.command.http.idempotency;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request whose body was read once to fingerprint it, and is served again from memory. The body is already bounded by
 * the request size limit, which runs first.
 */
final class BufferedRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private final String fingerprint;

    private BufferedRequest(HttpServletRequest request, byte[] body, String fingerprint) {
        super(request);
        this.body = body;
        this.fingerprint = fingerprint;
    }

    static BufferedRequest of(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readAllBytes();
        return new BufferedRequest(request, body, fingerprintOf(request, body));
    }

    /** Method, path, query and body: the same key with any of them different is a different request. */
    String fingerprint() {
        return fingerprint;
    }

    private static String fingerprintOf(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String target = request.getMethod()
                    + ' '
                    + request.getRequestURI()
                    + '?'
                    + (request.getQueryString() == null ? "" : request.getQueryString())
                    + '\n';
            digest.update(target.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return bytes.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("The body is already buffered");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
}
