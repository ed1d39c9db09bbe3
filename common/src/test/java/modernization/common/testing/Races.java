package modernization.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Sends the same write from many threads at once, released together by one gate, and tells what
 * each got: how a race is lost is part of the contract (412 or 409 problem+json, never a 5xx).
 */
public final class Races {

    private Races() {
    }

    /** What the racers got: status to count, and every response. */
    public record Outcome(Map<Integer, Integer> statuses, List<Response> responses) {

        public int count(int status) {
            return statuses.getOrDefault(status, 0);
        }

        /** One winner with {@code won}; every other racer lost with one of {@code lost}, as problem+json. */
        public Outcome oneWinsTheRestGet(int won, int... lost) {
            assertEquals(1, count(won), "winners: " + statuses);
            int losers = 0;
            for (int status : lost) {
                losers += count(status);
            }
            assertEquals(responses.size() - 1, losers, "every loser gets " + java.util.Arrays.toString(lost) + ": " + statuses);
            for (Response response : responses) {
                if (response.statusCode() != won) {
                    assertTrue(response.contentType().startsWith("application/problem+json"),
                            response.statusCode() + " " + response.contentType());
                }
            }
            return this;
        }

        /** No racer saw a server error. */
        public Outcome noServerError() {
            assertTrue(statuses.keySet().stream().allMatch(s -> s < 500), "statuses: " + statuses + " "
                    + responses.stream().filter(r -> r.statusCode() >= 500).map(Response::asString).findFirst().orElse(""));
            return this;
        }
    }

    /** Runs {@code racers} calls of {@code call} (given each racer's number) at the same moment. */
    public static Outcome race(int racers, IntFunction<Response> call) {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch ready = new CountDownLatch(racers);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                int racer = i;
                Callable<Response> task = () -> {
                    ready.countDown();
                    go.await();
                    return call.apply(racer);
                };
                futures.add(pool.submit(task));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "the racers did not get ready");
            go.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                Response response = future.get(60, TimeUnit.SECONDS);
                responses.add(response);
                statuses.merge(response.statusCode(), 1, Integer::sum);
            }
            return new Outcome(statuses, responses);
        } catch (Exception e) {
            throw new AssertionError("the race did not finish", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
