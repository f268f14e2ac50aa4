package io.mesorecords.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The benchmark's own authorization server: an RSA key made for the run, whose public half the backend is told to
 * trust ({@code mesorecords.security.mode=jwt} with {@code public-key-location}), and one token for the benchmark's
 * user at {@code clinic-bench}, holding the roles its phases need (recording, reports, projection status, metrics).
 */
final class BenchIssuer {

    static final String CLINIC = "clinic-bench";

    private final KeyPair key;
    private final Path publicKey;
    private final String bearer;

    private BenchIssuer(KeyPair key, Path publicKey) throws GeneralSecurityException {
        this.key = key;
        this.publicKey = publicKey;
        this.bearer =
                "Bearer " + sign("bench", List.of("PRACTITIONER", "ANALYST", "ADMINISTRATOR"), Duration.ofHours(12));
    }

    private static BenchIssuer shared;

    /** The issuer of this benchmark run: one key for every backend it starts. */
    static synchronized BenchIssuer shared() {
        if (shared == null) {
            try {
                Path directory = Files.createTempDirectory("mesorecords-bench-issuer");
                directory.toFile().deleteOnExit();
                shared = create(directory);
                shared.publicKey.toFile().deleteOnExit();
            } catch (IOException | GeneralSecurityException failure) {
                throw new IllegalStateException("Cannot make the benchmark's token issuer", failure);
            }
        }
        return shared;
    }

    static BenchIssuer create(Path directory) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair key = generator.generateKeyPair();
        Path file = directory.resolve("bench-issuer.pem");
        Files.writeString(
                file,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(key.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
        return new BenchIssuer(key, file);
    }

    /** Arguments that make the backend trust this issuer's tokens. */
    List<String> backendArguments() {
        return List.of(
                "--mesorecords.security.mode=jwt",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + publicKey.toUri());
    }

    /** The Authorization header of the benchmark's user. */
    String bearer() {
        return bearer;
    }

    private String sign(String user, List<String> roles, Duration lifetime) throws GeneralSecurityException {
        Instant now = Instant.now();
        String header = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String claims = base64("{\"sub\":\"" + user + "\",\"iat\":" + now.getEpochSecond() + ",\"exp\":"
                + now.plus(lifetime).getEpochSecond() + ",\"roles\":[\"" + String.join("\",\"", roles)
                + "\"],\"clinics\":[\"" + CLINIC + "\"]}");
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key.getPrivate());
        signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
