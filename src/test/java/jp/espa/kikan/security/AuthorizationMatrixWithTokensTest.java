package jp.espa.kikan.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The authorization matrix again, every call with a bearer token of the identity provider instead of a password: the
 * portal accounts' from the provider's token endpoint (client credentials), the officials' signed by the provider's
 * key with their directory group (what the provider gives an official for the API), so groups come from the claims
 * mapping, not from the identity service. The expectations are the same table's.
 */
class AuthorizationMatrixWithTokensTest extends AuthorizationMatrixTest {

    @Autowired JWKSource<SecurityContext> providerKeys;

    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    @Override
    String prefix() {
        return "MATRIX-TOKEN";
    }

    @Override
    Answer call(String method, String path, String user, Object body) {
        try {
            return new ApiClient(json, port).callWithToken(method, path, tokens.computeIfAbsent(user, this::token), body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String token(String account) {
        DemoProviderTokens provider = new DemoProviderTokens(port, providerKeys);
        try {
            return account.startsWith("portal") ? provider.system(account)
                    : provider.signed(provider.official(account, DemoProviderTokens.DIRECTORY_GROUPS.get(account)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
