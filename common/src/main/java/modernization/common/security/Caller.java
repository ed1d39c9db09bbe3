package modernization.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: name, roles and, for ministry users, the ministry their token speaks for. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    /** The user name (Keycloak's preferred_username), or the client id of a service account. */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    /** Advisers and UNDP staff: they write the catalog and roadmaps and see drafts. */
    public boolean isEditor() {
        return hasAnyRole(Roles.ADVISOR, Roles.UNDP_STAFF);
    }

    /** The ministry code in the token's {@code ministry} claim, if any. */
    public Optional<String> ministry() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(Roles.MINISTRY_CLAIM);
            return Optional.ofNullable(claim).map(Object::toString).filter(s -> !s.isBlank());
        }
        return Optional.empty();
    }
}
