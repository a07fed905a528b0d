package jp.espa.kikan.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kikan.sign-in.*}: the identity provider officials and systems sign in with (docs/security.md).
 *
 * @param passwords    HTTP Basic on /api, /engine-rest and /actuator, and the webapps' password login; off in the
 *                     production profile, where only the provider's tokens are accepted
 * @param issuerUri    the provider's issuer (Entra ID: https://login.microsoftonline.com/{tenant}/v2.0, Keycloak:
 *                     https://{host}/realms/{realm}); blank with the demo provider, which is its own issuer
 * @param audience     the audience systems' tokens must name (the API's application id URI or client id)
 * @param scope        a scope systems' tokens must hold; blank: not checked (Entra ID's client-credentials tokens
 *                     carry app roles, not scopes)
 * @param accountClaim the claim that names a system (its client id), which is the registry's portal account
 * @param officialClaim the claim that names an official's account (letters, digits and hyphens: Camunda's ids)
 * @param groupClaims  the claims whose values are mapped to the service's groups
 * @param groups       a claim value (a directory group's or role's name or id) to the service's groups
 */
@ConfigurationProperties("kikan.sign-in")
record SignInSettings(@DefaultValue("true") boolean passwords, String issuerUri,
                      @DefaultValue("kikan-workflow") String audience, @DefaultValue("kikan.api") String scope,
                      @DefaultValue("sub") String accountClaim, @DefaultValue("preferred_username") String officialClaim,
                      @DefaultValue({"groups", "roles"}) List<String> groupClaims,
                      Map<String, List<String>> groups) {

    SignInSettings {
        groups = groups == null ? Map.of() : Map.copyOf(groups);
        groupClaims = List.copyOf(groupClaims);
    }
}
