package jp.espa.kikan.security;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * An identity provider served by a test itself, not the demo's: OpenID discovery and its keys over HTTP, as Entra ID
 * or Keycloak serve them, and tokens signed with its key with the claims the test chooses. The service is pointed at
 * it with {@code kikan.sign-in.issuer-uri}.
 */
final class TestIssuer implements AutoCloseable {

    private final HttpServer server;
    private final RSAKey key;

    TestIssuer() throws IOException {
        var pair = DemoIdentityProvider.newRsaKeyPair();
        key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate()).keyID("test-issuer").build();
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/issuer/.well-known/openid-configuration", exchange -> answer(exchange, Map.of(
                "issuer", uri(), "jwks_uri", uri() + "/keys", "subject_types_supported", List.of("public"),
                "response_types_supported", List.of("code"), "id_token_signing_alg_values_supported", List.of("RS256"))));
        server.createContext("/issuer/keys", exchange -> answer(exchange, new JWKSet(key.toPublicJWK()).toJSONObject()));
        server.start();
    }

    String uri() {
        return "http://localhost:" + server.getAddress().getPort() + "/issuer";
    }

    /** A token for the API: the account (a system's client id or an official's), its audience and scope, a role. */
    JwtClaimsSet.Builder token(String account, String role) {
        Instant now = Instant.now();
        return JwtClaimsSet.builder().issuer(uri()).subject(account).audience(List.of("kikan-workflow"))
                .issuedAt(now).notBefore(now).expiresAt(now.plus(Duration.ofMinutes(5)))
                .claim("scope", "kikan.api").claim("roles", List.of(role));
    }

    String signed(JwtClaimsSet.Builder claims) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))).encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build())).getTokenValue();
    }

    private static void answer(HttpExchange exchange, Object body) throws IOException {
        byte[] json = new ObjectMapper().writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, json.length);
        exchange.getResponseBody().write(json);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
