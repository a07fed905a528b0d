package jp.espa.kikan.security;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Camunda group ids used by the procedures; Spring authorities are the group ids with a prefix. */
public final class Roles {

    public static final String GROUP_PREFIX = "GROUP_";
    public static final String ADMIN = "camunda-admin";
    public static final String CABINET_OFFICE = "cabinet-office";
    public static final String OPERATOR_PORTAL = "operator-portal";
    public static final Set<String> MINISTRIES = Set.of("ministry-meti", "ministry-mlit", "ministry-mic", "ministry-fsa");

    private Roles() {
    }

    public static boolean isMember(Authentication user, String groupId) {
        return user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch((GROUP_PREFIX + groupId)::equals);
    }
}
