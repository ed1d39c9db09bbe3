package modernization.systemtests;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Stops, kills and starts the local platform's processes the way an operator would (up.sh). */
final class Platform {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private Platform() {
    }

    /** SIGTERM, and waits until the process is gone. */
    static void stop(String service) throws Exception {
        ProcessHandle handle = process(service);
        handle.destroy();
        handle.onExit().get(30, TimeUnit.SECONDS);
    }

    /** SIGKILL: no shutdown hook, no graceful close of anything. */
    static void kill(String service) throws Exception {
        ProcessHandle handle = process(service);
        handle.destroyForcibly();
        handle.onExit().get(30, TimeUnit.SECONDS);
    }

    /** Starts whatever is not running, as {@code deploy/local/up.sh} does, and waits until all are ready. */
    static void up() throws Exception {
        Process up = new ProcessBuilder(ROOT.resolve("deploy/local/up.sh").toString())
                .redirectErrorStream(true).redirectOutput(ROOT.resolve(".run/logs/restart.log").toFile()).start();
        if (!up.waitFor(180, TimeUnit.SECONDS) || up.exitValue() != 0) {
            throw new AssertionError("up.sh failed; see .run/logs/restart.log");
        }
    }

    /** Waits until a service's readiness check answers 200 (or fails after the timeout). */
    static void awaitReady(String baseUrl, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (given().when().get(baseUrl + "/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notListening) {
                // not up yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError(baseUrl + " not ready after " + timeout);
    }

    private static ProcessHandle process(String service) throws Exception {
        long pid = Long.parseLong(Files.readString(ROOT.resolve(".run/pids/" + service + ".pid")).trim());
        return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(service + " is not running"));
    }
}
