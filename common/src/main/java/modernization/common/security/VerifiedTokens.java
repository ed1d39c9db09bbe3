package modernization.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers bearer tokens that Quarkus OIDC has verified, so the same token is not verified again
 * (RSA signature and JSON parsing) on every request of a client that reuses it. A token is looked
 * up by its exact text, so a changed byte is a different token and is verified in full; an entry
 * ends when the token expires, and after {@code modernization.security.token-cache.max-age} at
 * the latest, so a signing key removed from Keycloak stops being honoured within that time.
 */
@ApplicationScoped
public class VerifiedTokens {

    private final Cache<String, Entry> cache;
    private final boolean enabled;
    private final Duration maxAge;
    private final Clock clock;

    VerifiedTokens(@ConfigProperty(name = "modernization.security.token-cache.enabled", defaultValue = "true") boolean enabled,
                   @ConfigProperty(name = "modernization.security.token-cache.max-age", defaultValue = "PT5M") Duration maxAge,
                   @ConfigProperty(name = "modernization.security.token-cache.max-size", defaultValue = "10000") long maxSize) {
        this.enabled = enabled;
        this.maxAge = maxAge;
        // tokens expire in real time, whatever clock the application's rules use
        this.clock = Clock.systemUTC();
        this.cache = Caffeine.newBuilder().maximumSize(maxSize).expireAfter(new Expiry<String, Entry>() {
            @Override
            public long expireAfterCreate(String token, Entry entry, long now) {
                return Math.max(0, Duration.between(clock.instant(), entry.until()).toNanos());
            }

            @Override
            public long expireAfterUpdate(String token, Entry entry, long now, long current) {
                return current;
            }

            @Override
            public long expireAfterRead(String token, Entry entry, long now, long current) {
                return current;
            }
        }).build();
    }

    private record Entry(SecurityIdentity identity, Instant until) {
    }

    SecurityIdentity find(String token) {
        if (!enabled) {
            return null;
        }
        Entry entry = cache.getIfPresent(token);
        // the cache's own expiry is lazy; never answer for a token past its exp
        return entry == null || !clock.instant().isBefore(entry.until()) ? null : entry.identity();
    }

    void remember(SecurityIdentity verified) {
        if (!enabled || verified.isAnonymous() || !(verified.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getRawToken() == null || jwt.getExpirationTime() <= 0) {
            return;
        }
        Instant until = Instant.ofEpochSecond(jwt.getExpirationTime());
        Instant cap = clock.instant().plus(maxAge);
        if (cache.getIfPresent(jwt.getRawToken()) != null || !clock.instant().isBefore(until)) {
            return;
        }
        // only what the token proves: no per-request attributes of the first request
        SecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt)
                .addRoles(verified.getRoles())
                .addCredentials(verified.getCredentials())
                .setAnonymous(false)
                .build();
        cache.put(jwt.getRawToken(), new Entry(identity, until.isBefore(cap) ? until : cap));
    }

    /**
     * Answers a request whose bearer token was verified before, ahead of Quarkus OIDC's mechanism,
     * which would first decode the token's JSON (a fifth of the gateway's CPU per request); any
     * other request, with or without a token, goes on to OIDC, which also sends every challenge.
     */
    @ApplicationScoped
    static class Mechanism implements HttpAuthenticationMechanism {

        private static final String BEARER = "Bearer ";

        private final VerifiedTokens tokens;

        Mechanism(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
            String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization == null || authorization.length() <= BEARER.length()
                    || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                return Uni.createFrom().nullItem();
            }
            return Uni.createFrom().item(tokens.find(authorization.substring(BEARER.length()).strip()));
        }

        @Override
        public Uni<ChallengeData> getChallenge(RoutingContext context) {
            return Uni.createFrom().nullItem();
        }

        @Override
        public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
            return Set.of(TokenAuthenticationRequest.class);
        }

        @Override
        public int getPriority() {
            // asked before Quarkus OIDC's bearer mechanism
            return DEFAULT_PRIORITY + 2000;
        }
    }

    /** Remembers each identity Quarkus OIDC has verified from a bearer token. */
    @ApplicationScoped
    static class Remember implements SecurityIdentityAugmentor {

        private final VerifiedTokens tokens;

        Remember(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            tokens.remember(identity);
            return Uni.createFrom().item(identity);
        }
    }
}
