package jp.espa.kikan.security;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.core.env.Environment;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.util.function.SingletonSupplier;

/**
 * The demo provider's directory: officials with the directory's own group names (which the service maps to its
 * groups through {@code kikan.sign-in.groups}, as it would map Entra ID's or Keycloak's), and the clients: the
 * webapps (authorization code with PKCE) and the systems (client credentials). Every password is "demo"; a client's
 * secret is "demo-" and its id. The clients' addresses need the server's port, known once it listens.
 */
class DemoProviderDirectory {

    static final String PASSWORD = "demo";
    static final String WEBAPPS_CLIENT = "kikan-webapps";
    /** A system whose tokens are for another service: the API must refuse them. */
    static final String OTHER_SERVICE_CLIENT = "other-service";

    record Official(String id, String name, String directoryGroup) {
    }

    static final List<Official> OFFICIALS = List.of(
            new Official("demo", "デモ 管理者", "kikan-administrators"),
            new Official("mlit-reviewer", "国交 審査官", "mlit-reviewers"),
            new Official("meti-reviewer", "経産 審査官", "meti-reviewers"),
            new Official("mic-reviewer", "総務 審査官", "mic-reviewers"),
            new Official("fsa-reviewer", "金融 審査官", "fsa-reviewers"),
            new Official("mlit-senior", "国交 審議官", "mlit-seniors"),
            new Official("meti-senior", "経産 審議官", "meti-seniors"),
            new Official("mic-senior", "総務 審議官", "mic-seniors"),
            new Official("fsa-senior", "金融 審議官", "fsa-seniors"),
            new Official("cao-official", "内閣府 担当官", "cao-economic-security"),
            // in the directory, but in no group the service maps: refused with a page, not an empty Tasklist
            new Official("meti-clerk", "経産 庶務担当", "meti-general-affairs"));

    /** A system client: the audience its tokens name and the directory's roles it holds. */
    record SystemClient(String id, String audience, List<String> roles) {
    }

    private final Environment environment;
    private final SignInSettings settings;
    private final Supplier<Map<String, RegisteredClient>> clients = SingletonSupplier.of(() -> new ConcurrentHashMap<>(
            registerClients().stream().collect(Collectors.toMap(RegisteredClient::getClientId, client -> client))));

    DemoProviderDirectory(Environment environment, SignInSettings settings) {
        this.environment = environment;
        this.settings = settings;
    }

    List<SystemClient> systemClients() {
        return List.of(new SystemClient("portal", settings.audience(), List.of("portal-filing")),
                new SystemClient("portal-railway", settings.audience(), List.of("portal-filing")),
                new SystemClient(OTHER_SERVICE_CLIENT, "another-service", List.of("portal-filing")));
    }

    UserDetailsService users() {
        return new InMemoryUserDetailsManager(OFFICIALS.stream().map(official -> User.withUsername(official.id())
                .password("{noop}" + PASSWORD).authorities(official.directoryGroup()).build()).toList());
    }

    RegisteredClientRepository clients() {
        return new RegisteredClientRepository() {
            /** The provider re-encodes a secret after its first use. */
            @Override
            public void save(RegisteredClient client) {
                clients.get().put(client.getClientId(), client);
            }

            @Override
            public RegisteredClient findById(String id) {
                return clients.get().values().stream().filter(c -> c.getId().equals(id)).findFirst().orElse(null);
            }

            @Override
            public RegisteredClient findByClientId(String clientId) {
                return clients.get().get(clientId);
            }
        };
    }

    /** The service's own address, for the webapps' redirect addresses. */
    String serviceAddress(String host) {
        return "http://" + host + ":" + Objects.requireNonNull(environment.getProperty("local.server.port"),
                "the demo provider's clients are registered once the server listens");
    }

    private List<RegisteredClient> registerClients() {
        RegisteredClient.Builder webapps = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(WEBAPPS_CLIENT).clientSecret("{noop}demo-" + WEBAPPS_CLIENT)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build());
        for (String host : List.of("localhost", "127.0.0.1")) {
            webapps.redirectUri(serviceAddress(host) + OfficialSignIn.REDIRECT_PATH)
                    .postLogoutRedirectUri(serviceAddress(host) + OfficialSignIn.SIGNED_OUT_PAGE);
        }
        List<RegisteredClient> registered = new java.util.ArrayList<>(List.of(webapps.build()));
        for (SystemClient system : systemClients()) {
            registered.add(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(system.id()).clientSecret("{noop}demo-" + system.id())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scope(settings.scope())
                    .clientSettings(ClientSettings.builder().setting("kikan.audience", system.audience())
                            .setting("kikan.roles", system.roles()).build())
                    .build());
        }
        return List.copyOf(registered);
    }

    /** Systems' access tokens name the API and carry roles; officials' tokens carry their groups and name. */
    void addClaims(JwtEncodingContext context) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            ClientSettings client = context.getRegisteredClient().getClientSettings();
            context.getClaims().audience(List.of((String) client.getSetting("kikan.audience")))
                    .claim("roles", client.getSetting("kikan.roles"));
            return;
        }
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (idToken || OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            String user = context.getPrincipal().getName();
            context.getClaims().claim("groups", context.getPrincipal().getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).toList());
            OFFICIALS.stream().filter(o -> o.id().equals(user)).findFirst()
                    .ifPresent(o -> context.getClaims().claims(claims -> claims.putAll(Map.of("name", o.name(),
                            "preferred_username", o.id()))));
        }
    }
}
