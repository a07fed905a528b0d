package jp.espa.kikan.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The service's groups of a signed-in official or system, from the provider's claims: each value of the configured
 * claims (groups, roles) that {@code kikan.sign-in.groups} names gives its groups; other values give nothing, so a
 * directory's thousands of groups never become the service's. Nothing the client sends but the signed token counts.
 */
class GroupMapping {

    private final List<String> claims;
    private final Map<String, List<String>> groups;

    GroupMapping(SignInSettings settings) {
        this.claims = settings.groupClaims();
        this.groups = settings.groups();
    }

    Set<String> groupsOf(Map<String, Object> tokenClaims) {
        Set<String> mapped = new TreeSet<>();
        for (String claim : claims) {
            for (String value : values(tokenClaims.get(claim))) {
                mapped.addAll(groups.getOrDefault(value, List.of()));
            }
        }
        return mapped;
    }

    /** A claim as a list of strings (a JSON array) or one string. */
    static List<String> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }
}
