package jp.espa.kikan.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.util.function.SingletonSupplier;

/**
 * The demo's and the tests' own identity provider (Spring Authorization Server) in the same JVM under {@value #PATH}:
 * issuer {@code http://localhost:<port>/idp}, signed JWTs, its keys at {@code /idp/oauth2/jwks}, OpenID discovery at
 * {@code /idp/.well-known/openid-configuration}. It stands where a ministry runs Entra ID or Keycloak: the service
 * talks to it only over HTTP, as to those. On with {@code kikan.sign-in.demo-provider.enabled} (the demo profile);
 * its accounts and clients are {@link DemoProviderDirectory}'s, with published passwords, so never in production.
 *
 * <p>It shares the browser's session with the service (same host): its login lives under its own session keys, so
 * the service's sign-in and the provider's are two sessions in one, both ended by the sign-out.
 */
@Configuration
@ConditionalOnProperty(name = "kikan.sign-in.demo-provider.enabled", havingValue = "true")
class DemoIdentityProvider {

    static final String PATH = "/idp";
    static final String LOGIN_PAGE = PATH + "/login";

    /** The provider's login and the page it returns to, apart from the service's own. */
    static final String SESSION_KEY = "KIKAN_DEMO_PROVIDER_SECURITY_CONTEXT";
    static final String SAVED_REQUEST_KEY = "KIKAN_DEMO_PROVIDER_SAVED_REQUEST";

    @Bean
    @Order(-10)
    SecurityFilterChain demoProviderEndpoints(HttpSecurity http, DemoProviderDirectory directory) throws Exception {
        var provider = OAuth2AuthorizationServerConfigurer.authorizationServer();
        var context = new HttpSessionSecurityContextRepository();
        context.setSpringSecurityContextKey(SESSION_KEY);
        var requests = new HttpSessionRequestCache();
        requests.setSessionAttrName(SAVED_REQUEST_KEY);
        var users = new DaoAuthenticationProvider(directory.users());
        return http.securityMatcher(PATH + "/**")
                .with(provider, server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(authorize -> authorize.requestMatchers(LOGIN_PAGE).permitAll()
                        .anyRequest().authenticated())
                // not a bean: the provider's passwords must never reach the service's own doors (/api Basic)
                .authenticationProvider(users)
                .securityContext(security -> security.securityContextRepository(context))
                .requestCache(cache -> cache.requestCache(requests))
                .formLogin(form -> form.loginPage(LOGIN_PAGE).permitAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE)))
                .build();
    }

    /** Endpoints below the issuer's path: the issuer is the request's base URL with {@value #PATH}. */
    @Bean
    AuthorizationServerSettings demoProviderSettings() {
        return AuthorizationServerSettings.builder().multipleIssuersAllowed(true).build();
    }

    @Bean
    RegisteredClientRepository demoProviderClients(DemoProviderDirectory directory) {
        return directory.clients();
    }

    @Bean
    DemoProviderDirectory demoProviderDirectory(Environment environment, SignInSettings settings) {
        return new DemoProviderDirectory(environment, settings);
    }

    /** The directory's groups, names and the API's audience in the tokens, as Entra ID or Keycloak put them. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> demoProviderClaims(DemoProviderDirectory directory) {
        return directory::addClaims;
    }

    /**
     * The webapps' registration with this provider, as {@code spring.security.oauth2.client.registration.kikan} and
     * its issuer-uri give it for Entra ID or Keycloak; built at the first sign-in, when the server's port is known.
     */
    @Bean
    ClientRegistrationRepository demoProviderRegistration(DemoProviderDirectory directory) {
        Supplier<ClientRegistration> registration = SingletonSupplier.of(() -> {
            String issuer = directory.serviceAddress("localhost") + PATH;
            return ClientRegistration.withRegistrationId(OfficialSignIn.REGISTRATION)
                    .clientId(DemoProviderDirectory.WEBAPPS_CLIENT).clientSecret("demo-" + DemoProviderDirectory.WEBAPPS_CLIENT)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}" + OfficialSignIn.REDIRECT_PATH).scope("openid", "profile")
                    .issuerUri(issuer).authorizationUri(issuer + "/oauth2/authorize").tokenUri(issuer + "/oauth2/token")
                    // no user info endpoint: the ID token carries the account, names and groups
                    .jwkSetUri(issuer + "/oauth2/jwks")
                    .userNameAttributeName(IdTokenClaimNames.SUB)
                    .providerConfigurationMetadata(Map.of("end_session_endpoint", issuer + "/connect/logout"))
                    .build();
        });
        return id -> OfficialSignIn.REGISTRATION.equals(id) ? registration.get() : null;
    }

    /** A key pair made at each start: tokens of an earlier run are not accepted. */
    @Bean
    JWKSource<SecurityContext> demoProviderKeys() {
        KeyPair pair = newRsaKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(List.of(key)));
    }

    static KeyPair newRsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
