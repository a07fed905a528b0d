package jp.espa.kikan.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.StringUtils;

/**
 * Bearer tokens of the identity provider on /api, /engine-rest and /actuator: a JWT signed with one of the issuer's
 * keys (fetched from its JWKS, by discovery), from that issuer, in its lifetime, naming the API's audience and holding
 * its scope. The account is the token's {@code kikan.sign-in.account-claim} (a system's client id, which is its
 * portal account in the registry) and its groups come from {@link GroupMapping}.
 */
@Configuration
@EnableConfigurationProperties(SignInSettings.class)
class ProviderTokens {

    @Bean
    GroupMapping groupMapping(SignInSettings settings) {
        return new GroupMapping(settings);
    }

    /** Built at the first token, so the service starts while the provider is away (and the demo's is not up yet). */
    @Bean
    JwtDecoder providerTokenDecoder(SignInSettings settings, Environment environment) {
        return new SupplierJwtDecoder(() -> {
            String issuer = issuer(settings, environment);
            if (issuer == null) {
                return token -> {
                    throw new BadJwtException("No identity provider is configured (kikan.sign-in.issuer-uri)");
                };
            }
            NimbusJwtDecoder decoder = StringUtils.hasText(settings.issuerUri())
                    ? NimbusJwtDecoder.withIssuerLocation(issuer).build()
                    : NimbusJwtDecoder.withJwkSetUri(issuer + "/oauth2/jwks").build();
            decoder.setJwtValidator(validator(issuer, settings));
            return decoder;
        });
    }

    /** The configured issuer, or the demo provider's in this JVM; null when there is neither. */
    static String issuer(SignInSettings settings, Environment environment) {
        if (StringUtils.hasText(settings.issuerUri())) {
            return settings.issuerUri();
        }
        if (environment.getProperty("kikan.sign-in.demo-provider.enabled", Boolean.class, false)) {
            return "http://localhost:" + environment.getProperty("local.server.port") + DemoIdentityProvider.PATH;
        }
        return null;
    }

    static OAuth2TokenValidator<Jwt> validator(String issuer, SignInSettings settings) {
        List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>();
        checks.add(JwtValidators.createDefaultWithIssuer(issuer));
        checks.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                audience -> audience != null && audience.contains(settings.audience())));
        checks.add(new JwtClaimValidator<Object>(settings.accountClaim(), Objects::nonNull));
        if (StringUtils.hasText(settings.scope())) {
            checks.add(token -> scopes(token).contains(settings.scope())
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(
                    new OAuth2Error("invalid_token",
                            "The token does not hold the scope " + settings.scope(), null)));
        }
        return new DelegatingOAuth2TokenValidator<>(checks);
    }

    /** "scope" (space-separated or a list, RFC 9068) or Entra ID's "scp". */
    private static List<String> scopes(Jwt token) {
        List<String> scopes = new ArrayList<>();
        for (String claim : List.of("scope", "scp")) {
            for (String value : GroupMapping.values(token.getClaims().get(claim))) {
                scopes.addAll(List.of(value.split(" ")));
            }
        }
        return scopes;
    }

    @Bean
    Converter<Jwt, AbstractAuthenticationToken> providerTokenAccounts(SignInSettings settings, GroupMapping mapping) {
        return token -> new JwtAuthenticationToken(token, mapping.groupsOf(token.getClaims()).stream()
                .map(group -> new SimpleGrantedAuthority(Roles.GROUP_PREFIX + group)).toList(),
                token.getClaimAsString(settings.accountClaim()));
    }
}
