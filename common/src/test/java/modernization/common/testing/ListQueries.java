package modernization.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.LongSupplier;

/**
 * Proves a list endpoint has no N+1 queries: the statements one page costs (counted by Hibernate's
 * statistics, {@code quarkus.hibernate-orm.statistics=true} in tests) do not grow with the page size.
 */
public final class ListQueries {

    private ListQueries() {
    }

    /**
     * @param statements  Hibernate's prepared statement count, e.g. {@code sessionFactory.getStatistics()::getPrepareStatementCount}
     * @param reset       clears the count
     * @param largeSize   a page size the list can fill (it must hold more than one item)
     */
    public static void assertPageCostDoesNotGrowWithSize(String token, String list, int largeSize,
                                                         LongSupplier statements, Runnable reset) {
        String separator = list.contains("?") ? "&" : "?";
        int total = Integer.parseInt(given().auth().oauth2(token).when().get(list + separator + "size=1")
                .then().statusCode(200).extract().header("X-Total-Count"));
        assertTrue(total > 1, list + " needs more than one item to prove anything; it has " + total);
        long one = cost(token, list + separator + "size=1", statements, reset);
        long many = cost(token, list + separator + "size=" + Math.min(largeSize, total), statements, reset);
        assertEquals(one, many, list + ": statements for a page of 1 and of " + Math.min(largeSize, total));
    }

    /** The statements of one request, after a first one has warmed any cache. */
    public static long cost(String token, String url, LongSupplier statements, Runnable reset) {
        given().auth().oauth2(token).when().get(url).then().statusCode(200);
        reset.run();
        given().auth().oauth2(token).when().get(url).then().statusCode(200);
        long count = statements.getAsLong();
        // zero would prove nothing: statistics off, or an answer that never reached the database
        assertTrue(count > 0, url + " ran no statement; are Hibernate statistics on (quarkus.hibernate-orm.statistics)?");
        return count;
    }
}
