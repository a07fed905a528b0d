package jp.espa.kikan.security;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who asks for a change of the record: an account with its groups, or the system itself (timers, the engine's own
 * steps, start-up data). Built from the API's authentication or from the engine's current authentication, which
 * /engine-rest and the webapps set for the request; never from anything the client puts in a body.
 */
public record Actor(String userId, Set<String> groups) {

    public static final Actor SYSTEM = new Actor("system", Set.of());

    public Actor {
        groups = Set.copyOf(groups);
    }

    public static Actor of(Authentication user) {
        return new Actor(user.getName(), user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(Roles.GROUP_PREFIX))
                .map(authority -> authority.substring(Roles.GROUP_PREFIX.length()))
                .collect(Collectors.toSet()));
    }

    /** The account the engine runs the current command for; the system when no account is set (job executor, start-up). */
    public static Actor current(IdentityService identity) {
        var authentication = identity.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return SYSTEM;
        }
        return new Actor(authentication.getUserId(),
                authentication.getGroupIds() == null ? Set.of() : Set.copyOf(authentication.getGroupIds()));
    }

    /** Runs engine work as this account, as if it came through Tasklist: the steps then check who acts. */
    public void actInEngine(IdentityService identity, Runnable work) {
        identity.setAuthentication(userId, List.copyOf(groups));
        try {
            work.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * Runs engine reads as the service, with the engine's authorization checks off, for a part that decides itself
     * (AccessPolicy) what the account may see: the webapps set the account as the engine's authentication, and its
     * engine grants (made for Tasklist) are narrower. The account's authentication is put back afterwards.
     */
    public static <T> T asTheService(IdentityService identity, Supplier<T> work) {
        var account = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (account != null) {
                identity.setAuthentication(account);
            }
        }
    }

    public boolean isSystem() {
        return this == SYSTEM; // never an account that happens to be called "system"
    }

    public boolean isAdmin() {
        return groups.contains(Roles.ADMIN);
    }

    public boolean inGroup(String group) {
        return groups.contains(group);
    }
}
