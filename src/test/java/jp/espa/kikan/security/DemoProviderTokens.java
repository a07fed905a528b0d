package jp.espa.kikan.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Tokens of the demo provider for tests: a system's from its token endpoint (client credentials, over HTTP), and
 * tokens the provider's key signs with the claims a test chooses (an official's, an expired one), or another key
 * (a forgery).
 */
final class DemoProviderTokens {

    private final int port;
    private final JWKSource<SecurityContext> providerKeys;
    private final HttpClient http = HttpClient.newHttpClient();

    DemoProviderTokens(int port, JWKSource<SecurityContext> providerKeys) {
        this.port = port;
        this.providerKeys = providerKeys;
    }

    String issuer() {
        return "http://localhost:" + port + DemoIdentityProvider.PATH;
    }

    /** The token endpoint's answer to a system's client-credentials request (secret "demo-" and its id). */
    HttpResponse<String> requestToken(String clientId, String scope) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((clientId + ":demo-" + clientId)
                .getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + scope)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String system(String clientId) throws Exception {
        HttpResponse<String> answer = requestToken(clientId, "kikan.api");
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("token endpoint answered " + answer.statusCode() + ": " + answer.body());
        }
        return new ObjectMapper().readTree(answer.body()).get("access_token").asText();
    }

    /** What the provider would give the official for the API: its subject, directory group, audience and scope. */
    JwtClaimsSet.Builder official(String account, String directoryGroup) {
        Instant now = Instant.now();
        return JwtClaimsSet.builder().issuer(issuer()).subject(account).audience(List.of("kikan-workflow"))
                .issuedAt(now).notBefore(now).expiresAt(now.plus(Duration.ofMinutes(10)))
                .claim("scope", List.of("kikan.api")).claim("groups", List.of(directoryGroup));
    }

    /** Signed with the provider's own key. */
    String signed(JwtClaimsSet.Builder claims) {
        return encode(providerKeys, claims);
    }

    /** Signed with a key of the forger's own, under the same claims. */
    String forged(JwtClaimsSet.Builder claims) {
        var pair = DemoIdentityProvider.newRsaKeyPair();
        RSAKey key = new RSAKey.Builder((java.security.interfaces.RSAPublicKey) pair.getPublic())
                .privateKey(pair.getPrivate()).keyID("forged").build();
        return encode(new ImmutableJWKSet<>(new JWKSet(key)), claims);
    }

    private static String encode(JWKSource<SecurityContext> keys, JwtClaimsSet.Builder claims) {
        return new NimbusJwtEncoder(keys).encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build())).getTokenValue();
    }

    /** The directory group of each demo official (the provider's directory), for {@link #official}. */
    static final Map<String, String> DIRECTORY_GROUPS = Map.copyOf(DemoProviderDirectory.OFFICIALS.stream()
            .collect(java.util.stream.Collectors.toMap(DemoProviderDirectory.Official::id,
                    DemoProviderDirectory.Official::directoryGroup)));
}
