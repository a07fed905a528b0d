package jp.espa.kikan.security;

// engine internals: the engine's database identity provider is the only place a password check runs; this extends it
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Camunda's database identity provider with its per-user lock replaced by the {@link LoginThrottle}. Camunda locks a
 * user for good after {@code loginMaxAttempts} failures, whoever sends them, so an anonymous caller could lock any
 * account (the portal, an administrator) with ten wrong passwords. Here the lock decision is the throttle's, per
 * (user, client address), and Camunda's lock columns (ATTEMPTS_, LOCK_EXP_TIME_) are never written; a success still
 * clears them, so an account locked before this provider was installed unlocks at its next good login.
 *
 * <p>Every door that checks a password goes through {@code IdentityService.checkPassword} and so through here: the
 * webapps' login, /engine-rest HTTP Basic and the project API.
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

    /** The key of password checks made outside any HTTP request (start-up code, tests without a request). */
    static final String NO_REQUEST_ADDRESS = "local";

    private static final Logger LOG = LoggerFactory.getLogger(ThrottledIdentityProvider.class);

    private final LoginThrottle throttle;

    ThrottledIdentityProvider(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean isUserLocked(UserEntity user) {
        String address = clientAddress();
        if (throttle.mustWait(user.getId(), address)) {
            LOG.debug("Login of {} from {} refused unchecked: still waiting after wrong passwords", user.getId(), address);
            return true;
        }
        return false;
    }

    @Override
    protected void lockUser(UserEntity user) {
        String address = clientAddress();
        throttle.failed(user.getId(), address);
        if (throttle.mustWait(user.getId(), address)) {
            LOG.info("Wrong password for {} from {}: further attempts from there wait {} ms",
                    user.getId(), address, throttle.remainingWait(user.getId(), address).toMillis());
        }
    }

    /** After a good password: this address starts afresh, and any lock Camunda itself once wrote is cleared. */
    @Override
    protected IdentityOperationResult unlockUser(UserEntity user) {
        throttle.succeeded(user.getId(), clientAddress());
        return super.unlockUser(user);
    }

    /** An administrator's unlock (Admin, /engine-rest/user/{id}/unlock) clears the user's throttle at every address. */
    @Override
    public IdentityOperationResult unlockUser(String userId) {
        IdentityOperationResult result = super.unlockUser(userId);
        throttle.forget(userId);
        return result;
    }

    /**
     * The address of the current HTTP request: {@code getRemoteAddr()}, which is the client behind a proxy only when
     * {@code server.forward-headers-strategy} is set (the production profile sets it).
     */
    static String clientAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet && servlet.getRequest().getRemoteAddr() != null) {
            return servlet.getRequest().getRemoteAddr();
        }
        return NO_REQUEST_ADDRESS;
    }
}
