package modernization.common.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import modernization.common.i18n.LocalizedText;
import modernization.common.i18n.RequestLanguage;
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem;
import modernization.common.problem.ProblemExceptionMappers;
import modernization.common.problem.ProblemType;
import modernization.common.problem.Violation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code Idempotency-Key} for creating POSTs, kept in PostgreSQL so it holds across instances and
 * restarts. The key is claimed in a short transaction of its own, the resource is created by the
 * operation (which may wait on other services: no connection or row lock of ours is held while it
 * does), and its response is stored in another short transaction. A request with the same key and
 * body replays the stored response with the headers clients rely on; one that arrives while the
 * first is still running is 409 with {@code Retry-After}, never a second creation; another body is
 * 422. A creation that fails frees the key. A claim left by a process that died while it ran is
 * taken over once {@code modernization.idempotency.in-progress-lease} has passed. Needs the
 * service's {@code idempotency_key} table.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** The headers of the original response that a replay carries. */
    static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.CONTENT_LANGUAGE);
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final int IN_PROGRESS = 0;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    RequestLanguage language;

    @ConfigProperty(name = "modernization.idempotency.retention", defaultValue = "PT24H")
    Duration retention;

    /** Longer than any creation takes, timeouts and retries of the services it calls included. */
    @ConfigProperty(name = "modernization.idempotency.in-progress-lease", defaultValue = "PT2M")
    Duration lease;

    /** What a caller who repeats a request still in progress is told to wait. */
    @ConfigProperty(name = "modernization.idempotency.retry-after", defaultValue = "PT2S")
    Duration retryAfter;

    /**
     * Runs {@code create} once per key and request: the first call's response is stored; the same
     * key with the same request replays it; the same key with another request is 422.
     *
     * @param scope who and what the key is for, e.g. the caller and the path: keys of different
     *              callers never collide
     */
    public Response run(String key, String scope, Object request, Supplier<Response> create) {
        return run(key, scope, request, create, false);
    }

    /**
     * {@link #run} for a creation that is one local transaction and waits on no other service: the
     * resource and its stored response commit together, so a process that dies in between leaves
     * neither (the key's claim is then taken over once its lease has passed) and a retry never
     * finds a resource created without its response.
     */
    public Response runLocal(String key, String scope, Object request, Supplier<Response> create) {
        return run(key, scope, request, create, true);
    }

    private Response run(String key, String scope, Object request, Supplier<Response> create, boolean local) {
        if (key == null) {
            return create.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new ApiException(ProblemType.VALIDATION, ProblemExceptionMappers.INVALID_FIELDS,
                    List.of(Violation.parameter(HEADER, new LocalizedText("must be 1 to 200 visible ASCII characters, e.g. a UUID",
                            "يجب أن يتكون من 1 إلى 200 محرف ASCII مرئي، مثل UUID",
                            "دەبێت لە 1 تا 200 پیتی ASCIIی دیار پێک بێت، بۆ نموونە UUID"), Problem.FieldError.INVALID_FORMAT)));
        }
        String hash = hash(request);
        Response earlier = QuarkusTransaction.requiringNew().call(() -> claim(scope, key, hash) ? null : replay(scope, key, hash));
        if (earlier != null) {
            return earlier;
        }
        Response response;
        try {
            if (local) {
                response = QuarkusTransaction.requiringNew().call(() -> {
                    Response created = create.get();
                    store(scope, key, created);
                    return created;
                });
            } else {
                response = create.get();
            }
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> release(scope, key));
            throw e;
        }
        if (!local) {
            QuarkusTransaction.requiringNew().run(() -> store(scope, key, response));
        }
        return Response.fromResponse(response).header(REPLAYED, "false").build();
    }

    /** Whether this request now holds the key (a new one, an expired one, or a claim whose lease ran out). */
    private boolean claim(String scope, String key, String hash) {
        Instant now = clock.instant();
        purgeExpired(now);
        return em.createNativeQuery(CLAIM)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .setParameter("hash", hash)
                .setParameter("now", at(now))
                .setParameter("expires", at(now.plus(retention)))
                .setParameter("abandoned", at(now.minus(lease)))
                .executeUpdate() == 1;
    }

    /**
     * Claims the key: a new row, or one taken over when it has expired (the purge below removes
     * only some expired keys per request, and a key is free again once its retention is over) or
     * when its creation has run past the lease (its process died). 0 rows when the key is held and
     * current: the request is then a replay, or a repeat of one still running.
     */
    private static final String CLAIM = "INSERT INTO idempotency_key AS k (scope, idem_key, request_hash, status, "
            + "created_at, expires_at) VALUES (:scope, :key, :hash, 0, :now, :expires) "
            + "ON CONFLICT (scope, idem_key) DO UPDATE SET request_hash = EXCLUDED.request_hash, status = 0, "
            + "location = NULL, headers = NULL, body = NULL, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at "
            + "WHERE k.expires_at <= EXCLUDED.created_at OR (k.status = 0 AND k.created_at <= :abandoned)";

    private Response replay(String scope, String key, String hash) {
        Object[] stored = (Object[]) em.createNativeQuery("SELECT request_hash, status, location, body, headers "
                        + "FROM idempotency_key WHERE scope = :scope AND idem_key = :key")
                .setParameter("scope", scope)
                .setParameter("key", key)
                .getSingleResult();
        if (!hash.equals(stored[0])) {
            throw new ApiException(ProblemType.UNPROCESSABLE, new LocalizedText(
                    "This Idempotency-Key was already used with a different request body; use a new key for a new request.",
                    "استُخدم مفتاح Idempotency-Key هذا من قبل مع محتوى طلب مختلف؛ استخدم مفتاحًا جديدًا لكل طلب جديد.",
                    "ئەم Idempotency-Key ـە پێشتر بۆ داواکارییەکی تر بە ناوەڕۆکێکی جیاواز بەکارهاتووە؛ بۆ داواکاریی نوێ کلیلێکی نوێ بەکاربهێنە."),
                    List.of(Violation.parameter(HEADER, new LocalizedText("was used for another request within %d hours",
                            "استُخدم لطلب آخر خلال %d ساعة", "لە ماوەی %d کاتژمێردا بۆ داواکارییەکی تر بەکارهاتووە")
                            .format(retention.toHours()), Problem.FieldError.DUPLICATE)));
        }
        int status = ((Number) stored[1]).intValue();
        if (status == IN_PROGRESS) {
            throw new ApiException(ProblemType.CONFLICT, new LocalizedText(
                    "A request with this Idempotency-Key is still being processed; repeat it in %d seconds to get its response.",
                    "ما زال طلب بمفتاح Idempotency-Key هذا قيد المعالجة؛ كرّره بعد %d ثانية لتحصل على استجابته.",
                    "داواکارییەک بەم Idempotency-Key ـە هێشتا لە جێبەجێکردندایە؛ دوای %d چرکە دووبارەی بکەرەوە بۆ وەرگرتنی وەڵامەکەی.")
                    .format(retryAfter.toSeconds()))
                    .withHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.toSeconds()));
        }
        // the JSON the original was written as, unless it was stored with a type of its own
        Response.ResponseBuilder replay = Response.status(status)
                .entity(stored[3])
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name()))
                .header(REPLAYED, "true");
        if (stored[4] != null) {
            headers((String) stored[4]).forEach(replay::header);
        } else if (stored[2] != null) {
            // stored before headers were kept
            replay.header(HttpHeaders.LOCATION, stored[2]);
        }
        return replay.build();
    }

    private void store(String scope, String key, Response response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        // added to the original by ContentLanguageFilter after this, from the language the body was written in
        if (language.negotiated()) {
            headers.putIfAbsent(HttpHeaders.CONTENT_LANGUAGE, language.get().tag());
        }
        em.createNativeQuery("UPDATE idempotency_key SET status = :status, location = :location, headers = :headers, "
                        + "body = :body WHERE scope = :scope AND idem_key = :key")
                .setParameter("status", response.getStatus())
                .setParameter("location", response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter("headers", json(headers))
                .setParameter("body", json(response.getEntity()))
                .setParameter("scope", scope)
                .setParameter("key", key)
                .executeUpdate();
    }

    private void release(String scope, String key) {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE scope = :scope AND idem_key = :key AND status = 0")
                .setParameter("scope", scope)
                .setParameter("key", key)
                .executeUpdate();
    }

    private Map<String, String> headers(String json) {
        try {
            return mapper.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the stored headers", e);
        }
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
