package modernization.common.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem;
import modernization.common.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code Idempotency-Key} for creating POSTs, kept in PostgreSQL so it holds across instances and
 * restarts. The key is claimed, the resource created and the response stored in one transaction:
 * a concurrent request with the same key waits on the key's row and then replays the stored
 * response; a crash before the commit leaves no key and no resource, so a retry creates it once.
 * Needs the service's {@code idempotency_key} table.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @ConfigProperty(name = "modernization.idempotency.retention", defaultValue = "PT24H")
    Duration retention;

    /**
     * Runs {@code create} once per key and request: the first call's response is stored; the same
     * key with the same request replays it; the same key with another request is 422.
     *
     * @param scope who and what the key is for, e.g. the caller and the path: keys of different
     *              callers never collide
     */
    public Response run(String key, String scope, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new ApiException(ProblemType.VALIDATION, "The request has invalid fields.",
                    List.of(new Problem.FieldError(HEADER, "must be 1 to 200 visible ASCII characters, e.g. a UUID")));
        }
        String hash = hash(request);
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            purgeExpired(now);
            int claimed = em.createNativeQuery(CLAIM)
                    .setParameter("scope", scope)
                    .setParameter("key", key)
                    .setParameter("hash", hash)
                    .setParameter("now", at(now))
                    .setParameter("expires", at(now.plus(retention)))
                    .executeUpdate();
            if (claimed == 0) {
                return replay(scope, key, hash);
            }
            Response response = create.get();
            store(scope, key, response);
            return Response.fromResponse(response).header(REPLAYED, "false").build();
        });
    }

    /**
     * Claims the key: a new row, or an expired one taken over (the purge below removes only some
     * expired keys per request, and a key is free again once its retention is over). 0 rows when
     * the key is held and current: the request is then a replay.
     */
    private static final String CLAIM = "INSERT INTO idempotency_key AS k (scope, idem_key, request_hash, status, "
            + "created_at, expires_at) VALUES (:scope, :key, :hash, 0, :now, :expires) "
            + "ON CONFLICT (scope, idem_key) DO UPDATE SET request_hash = EXCLUDED.request_hash, status = 0, "
            + "location = NULL, body = NULL, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at "
            + "WHERE k.expires_at <= EXCLUDED.created_at";

    private Response replay(String scope, String key, String hash) {
        Object[] stored = (Object[]) em.createNativeQuery("SELECT request_hash, status, location, body FROM idempotency_key "
                        + "WHERE scope = :scope AND idem_key = :key")
                .setParameter("scope", scope)
                .setParameter("key", key)
                .getSingleResult();
        if (!hash.equals(stored[0])) {
            throw new ApiException(ProblemType.UNPROCESSABLE,
                    "This Idempotency-Key was already used with a different request body; use a new key for a new request.",
                    List.of(new Problem.FieldError(HEADER, "was used for another request within "
                            + retention.toHours() + " hours")));
        }
        Response.ResponseBuilder replay = Response.status(((Number) stored[1]).intValue())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(stored[3])
                .header(REPLAYED, "true");
        if (stored[2] != null) {
            replay.header(HttpHeaders.LOCATION, stored[2]);
        }
        return replay.build();
    }

    private void store(String scope, String key, Response response) {
        em.createNativeQuery("UPDATE idempotency_key SET status = :status, location = :location, body = :body "
                        + "WHERE scope = :scope AND idem_key = :key")
                .setParameter("status", response.getStatus())
                .setParameter("location", response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter("body", json(response.getEntity()))
                .setParameter("scope", scope)
                .setParameter("key", key)
                .executeUpdate();
    }

    /**
     * Up to 100 expired keys, found through the expiry index. Written as it is on purpose: with
     * {@code ctid IN (SELECT ... LIMIT 100)} and no order, PostgreSQL's plan for a bound parameter
     * scanned the whole table on every request (38 ms at 37,000 keys, growing with every key).
     * SKIP LOCKED: concurrent requests purge different keys instead of waiting for each other's
     * transactions, which last as long as the creation they guard.
     */
    public static final String PURGE_EXPIRED = "DELETE FROM idempotency_key WHERE ctid = ANY(ARRAY("
            + "SELECT ctid FROM idempotency_key WHERE expires_at < :now ORDER BY expires_at LIMIT 100 "
            + "FOR UPDATE SKIP LOCKED))";

    private void purgeExpired(Instant now) {
        em.createNativeQuery(PURGE_EXPIRED)
                .setParameter("now", at(now))
                .executeUpdate();
    }

    private String hash(Object request) {
        try {
            byte[] canonical = mapper.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    private String json(Object entity) {
        try {
            return entity == null ? null : mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the response", e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
