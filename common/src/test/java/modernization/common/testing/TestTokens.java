package modernization.common.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Access tokens shaped like the ones Keycloak issues for realm {@code modernization}, signed with
 * the test key that {@link TrustTestTokens} makes the service trust.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/modernization";
    public static final String AUDIENCE = "modernization-api";
    private static final String KEY = "test-keys/private-key.pem";

    private TestTokens() {
    }

    public static String undpStaff() {
        return user("undp-staff-demo", "undp-staff", null);
    }

    public static String advisor() {
        return user("advisor-demo", "advisor", null);
    }

    public static String ministryUser(String ministry) {
        return user(ministry.toLowerCase() + "-demo", "ministry-user", ministry);
    }

    public static String partnerApp() {
        return base("service-account-partner-portal", Set.of("partner-app")).claim("azp", "partner-portal").sign(KEY);
    }

    /** A client-credentials token as Keycloak issues it to the client's service account. */
    public static String serviceAccount(String clientId) {
        return base("service-account-" + clientId, Set.of("partner-app")).claim("azp", clientId)
                .claim("client_id", clientId).sign(KEY);
    }

    /** The {@code event-relay} client's token: the role that hands outbox events to webhook-service. */
    public static String eventRelay() {
        return base("service-account-event-relay", Set.of("event-publisher")).claim("azp", "event-relay")
                .claim("client_id", "event-relay").sign(KEY);
    }

    public static String user(String username, String role, String ministry) {
        JwtClaimsBuilder claims = base(username, Set.of(role)).claim("azp", "modernization-cli");
        if (ministry != null) {
            claims.claim("ministry", ministry);
        }
        return claims.sign(KEY);
    }

    /** A valid advisor token except for one claim, for the token checks. */
    public static String withClaim(String name, Object value) {
        return base("advisor-demo", Set.of("advisor")).claim(name, value).sign(KEY);
    }

    /** A valid advisor token that expires after the given time. */
    public static String expiringIn(Duration lifetime) {
        return base("advisor-demo", Set.of("advisor")).expiresAt(Instant.now().plus(lifetime)).sign(KEY);
    }

    public static String expired() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return base("advisor-demo", Set.of("advisor")).issuedAt(past).expiresAt(past.plusSeconds(300)).sign(KEY);
    }

    private static JwtClaimsBuilder base(String username, Set<String> roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(username + "-id")
                .preferredUserName(username)
                .claim("realm_access", Map.of("roles", List.copyOf(roles)))
                .expiresIn(Duration.ofMinutes(10));
    }
}
