package modernization.assessment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import modernization.common.persistence.IdempotentRequests;
import org.junit.jupiter.api.Test;

/**
 * Statements every write runs must not read the whole table: their cost would grow with every row
 * ever written. Checked on PostgreSQL's generic plan, the one a prepared statement settles on.
 */
@QuarkusTest
class QueryPlansTest {

    @Inject
    EntityManager em;

    @Test
    void purgingExpiredIdempotencyKeysReadsTheExpiryIndexNotTheTable() {
        String plan = QuarkusTransaction.requiringNew().call(() -> {
            // keys as a busy service holds them: a stored answer each, expiring in no particular order
            em.createNativeQuery("INSERT INTO idempotency_key (scope, idem_key, request_hash, status, location, body, "
                    + "created_at, expires_at) SELECT 'query-plans-test', 'key-' || g, md5(g::text), 201, "
                    + "'/api/v1/assessments/' || g, repeat('{\"answer\": \"x\"}', 100), now(), "
                    + "now() + interval '1 hour' + random() * interval '1 day' FROM generate_series(1, 20000) g").executeUpdate();
            em.createNativeQuery("ANALYZE idempotency_key").executeUpdate();
            em.createNativeQuery("SET LOCAL plan_cache_mode = force_generic_plan").executeUpdate();
            em.createNativeQuery("PREPARE purge_plan(timestamptz) AS "
                    + IdempotentRequests.PURGE_EXPIRED.replace(":now", "$1")).executeUpdate();
            @SuppressWarnings("unchecked")
            List<Object> lines = em.createNativeQuery("EXPLAIN EXECUTE purge_plan(now())").getResultList();
            em.createNativeQuery("DEALLOCATE purge_plan").executeUpdate();
            em.createNativeQuery("DELETE FROM idempotency_key WHERE scope = 'query-plans-test'").executeUpdate();
            return String.join("\n", lines.stream().map(String::valueOf).toList());
        });

        assertTrue(plan.contains("idempotency_key_expiry_idx"), plan);
        assertFalse(plan.contains("Seq Scan on idempotency_key"), plan);
    }
}
