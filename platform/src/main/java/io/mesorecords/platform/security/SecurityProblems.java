package io.mesorecords.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The RFC 9457 answers of authentication and authorization, in the same shape as every other problem of the API
 * ({@code type} under {@code https://mesorecords.io/problems/}, {@code code}). Written directly, because they are
 * decided before (or instead of) a controller.
 */
public enum SecurityProblems {
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "access.unauthenticated", "Authentication required"),
    INVALID_TOKEN(HttpStatus.UNAUTHORIZED, "access.invalid-token", "Invalid bearer token"),
    SIGN_IN_FAILED(HttpStatus.UNAUTHORIZED, "access.sign-in-failed", "Sign-in failed"),
    ROLE_NOT_PERMITTED(HttpStatus.FORBIDDEN, "access.role-not-permitted", "Not permitted for your role"),
    NO_RULE(HttpStatus.FORBIDDEN, "access.no-rule", "Endpoint without an access rule"),
    NOT_A_MEMBER(HttpStatus.FORBIDDEN, "access.not-a-member", "Not a member of this clinic"),
    CLINIC_REQUIRED(HttpStatus.BAD_REQUEST, "access.clinic-required", "Clinic required");

    public static final String TYPE_BASE = "https://mesorecords.io/problems/";

    private final HttpStatus status;
    private final String code;
    private final String title;

    SecurityProblems(HttpStatus status, String code, String title) {
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** Writes this problem with the given detail as the response; nothing else is written after it. */
    public void write(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getOutputStream().write(body(request.getRequestURI(), detail).getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }

    /** The problem as RFC 9457 JSON. */
    public String body(String instance, String detail) {
        return "{\"type\":" + json(TYPE_BASE + code) + ",\"title\":" + json(title) + ",\"status\":" + status.value()
                + ",\"detail\":" + json(detail) + ",\"instance\":" + json(instance) + ",\"code\":" + json(code)
                + "}";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
