package modernization.systemtests;

import java.util.List;
import java.util.function.Supplier;

/** The callers of the security matrix: every demo user and the partner-portal client. */
public enum Accounts {
    UNDP_STAFF("undp-staff-demo"),
    ADVISOR("advisor-demo"),
    MOP_KRG("mop-krg-demo"),
    MOP_FED("mop-fed-demo"),
    PARTNER_PORTAL(null);

    private final String username;

    Accounts(String username) {
        this.username = username;
    }

    public String token() {
        Supplier<String> token = username == null ? Keycloak::partnerPortalToken : () -> Keycloak.tokenFor(username);
        return token.get();
    }

    public static List<Accounts> all() {
        return List.of(values());
    }
}
