package modernization.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The README's commands for the local platform, as a user pastes them on a fresh clone: every
 * {@code ```bash} block of the sections in {@link #SECTIONS}, in the README's order, as one bash
 * script in the repository's root (where {@code .run/}, which up.sh made, is), with
 * {@code set -euo pipefail}, a {@code curl} that fails on any HTTP status of 400 or more, and no
 * {@code jq} or {@code uuidgen} (a fresh Debian has neither). The set-up commands (up.sh, mvn verify)
 * and the container and cluster commands are in other sections and are not run. A command that
 * cannot run when pasted (one that needs a browser, say) belongs in a {@code ```text} block, which
 * is not run. Runs first, on a platform the other system tests have not touched yet.
 */
@Order(1)
class ReadmeCommandsIT {

    /** The README's sections whose bash blocks call the local platform: each up to the next "## " heading. */
    static final List<String> SECTIONS = List.of("Calling the API", "A typed client for partner apps (TypeScript)");

    private static final Path README = Platform.ROOT.resolve("README.md");
    private static final Path SCRIPT = Path.of("target/readme-commands.sh").toAbsolutePath();
    private static final Path LOG = Path.of("target/readme-commands.log").toAbsolutePath();
    private static final Path GANTT = Platform.ROOT.resolve(".run/gantt.svg");
    private static final Duration LIMIT = Duration.ofMinutes(3);

    /**
     * The periods of the README's assessments (MOP-KRG's quarter, the KRG's year). There is one
     * assessment per ministry (or government), framework and period, so on a database where an
     * earlier run already took them the next free year is used instead; on a fresh one, never.
     */
    static final String YEAR = "2031";
    private static final String MINISTRY_PERIOD = "\"period\":\"" + YEAR + "-Q1\"";
    private static final String GOVERNMENT_PERIOD = "\"period\":\"" + YEAR + "\"";

    /** Before the README's commands: what a fresh Debian shell with curl, sed, grep and python3 has, made strict. */
    static final String PRELUDE = """
            set -euo pipefail
            # an HTTP status of 400 or more fails the command, and so the script (-sS: errors, but no progress meter)
            curl() { command curl -sS --fail-with-body "$@"; }
            # not on a fresh Debian: the README must not need them
            jq() { echo "jq: not installed on a fresh Debian; the README must not need it" >&2; return 127; }
            uuidgen() { echo "uuidgen: not installed on a fresh Debian; the README must not need it" >&2; return 127; }
            # each command as the README writes it, on a line of its own before it runs (an answer may not end
            # in a newline): the last one in the log is the one that failed
            trap 'printf "\\n+ %s\\n" "$BASH_COMMAND" >&2' DEBUG
            """;

    /** A placeholder for the reader to fill in, e.g. {@code <id>}: a pasted command must not need one. */
    private static final Pattern PLACEHOLDER = Pattern.compile("<[a-z][a-z ]*>");
    /** A file curl writes: only into .run/ (ignored by git) or nowhere. */
    private static final Pattern OUTPUT = Pattern.compile("(?:^|\\s)(?:-o|--output|-D|--dump-header)\\s+(\\S+)");
    private static final Pattern COMPARED = Pattern.compile(
            "\"roadmaps\":\\[\\{\"id\":\"[0-9a-f-]{36}\".*\\{\"id\":\"[0-9a-f-]{36}\"");

    @Test
    void everyLocalPlatformCommandInTheReadmeRunsWhenPasted() throws Exception {
        assertTrue(Files.isDirectory(Platform.ROOT.resolve(".run")), ".run/ is missing: up.sh makes it");
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        StringBuilder commands = new StringBuilder();
        for (String section : SECTIONS) {
            for (Block block : bashBlocks(lines, section)) {
                commands.append("\n# README.md, line ").append(block.firstLine()).append(" (").append(section).append(")\n")
                        .append(block.text());
            }
        }
        String readme = commands.toString();
        Matcher placeholder = PLACEHOLDER.matcher(readme);
        assertFalse(placeholder.find(), () -> "a README command has a placeholder to fill in, " + placeholder.group()
                + ": capture the value from an earlier response instead");
        Matcher output = OUTPUT.matcher(readme);
        while (output.find()) {
            String target = output.group(1).replace("\"", "").replace("'", "");
            assertTrue(target.equals("-") || target.equals("/dev/null") || target.startsWith(".run/"),
                    "a README command writes " + target + ": write into .run/ (ignored by git) instead");
        }
        assertTrue(readme.contains(MINISTRY_PERIOD) && readme.contains(GOVERNMENT_PERIOD),
                "the README's assessments are for " + MINISTRY_PERIOD + " and " + GOVERNMENT_PERIOD
                        + "; when they change, change YEAR here");

        String year = freeYear();
        String note = year.equals(YEAR) ? "# the README's commands, as pasted\n"
                : "# " + YEAR + " and " + YEAR + "-Q1 already have the README's assessments on this platform (an earlier run):"
                + " this run's are for " + year + " and " + year + "-Q1\n";
        String script = note + PRELUDE + readme.replace(MINISTRY_PERIOD, "\"period\":\"" + year + "-Q1\"")
                .replace(GOVERNMENT_PERIOD, "\"period\":\"" + year + "\"");
        Files.createDirectories(SCRIPT.getParent());
        Files.writeString(SCRIPT, script, StandardCharsets.UTF_8);
        Files.writeString(LOG, note, StandardCharsets.UTF_8);

        Instant started = Instant.now().minusSeconds(1);
        Process bash = new ProcessBuilder("bash", SCRIPT.toString())
                .directory(Platform.ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
                .start();
        if (!bash.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            bash.descendants().forEach(ProcessHandle::destroyForcibly);
            bash.destroyForcibly();
            bash.waitFor(10, TimeUnit.SECONDS);
            fail("the README's commands did not finish within " + LIMIT + "; " + LOG + " ends with:\n" + tail());
        }
        assertEquals(0, bash.exitValue(), "the README's commands failed (" + SCRIPT + "); " + LOG + " ends with:\n" + tail());

        // what the user sees
        String log = read(LOG);
        assertTrue(log.contains("\"documentation\":\"http://localhost:8080/q/openapi\""),
                "the API root names its documentation:\n" + tail());
        assertTrue(log.contains("\"status\":\"VALIDATED\""), "an adviser validated the assessments:\n" + tail());
        assertTrue(COMPARED.matcher(log).find(), "two generated roadmaps are compared side by side:\n" + tail());
        assertTrue(Files.exists(GANTT) && Files.getLastModifiedTime(GANTT).compareTo(FileTime.from(started)) >= 0,
                "the Gantt chart is written to .run/gantt.svg");
        assertTrue(read(GANTT).contains("<svg"), "the Gantt chart is an SVG");
    }

    /** One ```bash block: its text and the README line it starts on (1-based). */
    record Block(int firstLine, String text) {
    }

    /**
     * The ```bash blocks of a section: from its "## " heading to the next one, outside fences (a "## " in a
     * block is a comment, not a heading). Fails when the heading is missing or twice, when a fence is not
     * closed within the section, or when the section has no bash block.
     */
    static List<Block> bashBlocks(List<String> lines, String section) {
        String heading = "## " + section;
        int start = lines.indexOf(heading);
        assertTrue(start >= 0, "README.md has no heading \"" + heading + "\"");
        assertEquals(start, lines.lastIndexOf(heading), "README.md has the heading \"" + heading + "\" twice");
        List<Block> blocks = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i);
            if (!line.startsWith("```")) {
                continue;
            }
            String info = line.substring(3).trim();
            int open = i;
            StringBuilder text = new StringBuilder();
            for (i++; i < lines.size() && !lines.get(i).trim().equals("```"); i++) {
                text.append(lines.get(i)).append('\n');
            }
            assertTrue(i < lines.size(), "README.md line " + (open + 1) + ": the fence in \"" + heading + "\" is never closed");
            if (info.equals("bash")) {
                blocks.add(new Block(open + 2, text.toString()));
            }
        }
        assertFalse(blocks.isEmpty(), "\"" + heading + "\" in README.md has no ```bash block");
        return blocks;
    }

    /**
     * {@link #YEAR}, unless MOP-KRG already has an assessment for its first quarter or the KRG one for
     * the year (an earlier run on this database): then the next year free of both.
     */
    private static String freeYear() {
        String token = Accounts.ADVISOR.token();
        for (int year = Integer.parseInt(YEAR); year < Integer.parseInt(YEAR) + 1000; year++) {
            String ministry = given().auth().oauth2(token)
                    .queryParam("ministry", "MOP-KRG").queryParam("period", year + "-Q1").queryParam("size", 1)
                    .when().get(PlatformIT.DIRECT_GATEWAY + "/api/v1/assessments")
                    .then().statusCode(200).extract().header("X-Total-Count");
            String government = given().auth().oauth2(token)
                    .queryParam("government", "KRG").queryParam("subject", "GOVERNMENT").queryParam("period", year)
                    .queryParam("size", 1)
                    .when().get(PlatformIT.DIRECT_GATEWAY + "/api/v1/assessments")
                    .then().statusCode(200).extract().header("X-Total-Count");
            if ("0".equals(ministry) && "0".equals(government)) {
                return String.valueOf(year);
            }
        }
        throw new AssertionError("a thousand years after " + YEAR + " all have the README's assessments");
    }

    /** The last lines of the log, each cut short (a JSON answer is one long line), for a failure's message. */
    private static String tail() {
        try {
            List<String> lines = read(LOG).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()).stream()
                    .map(l -> l.length() > 400 ? l.substring(0, 400) + " [...]" : l).toList());
        } catch (IOException e) {
            return "(" + LOG + " unreadable: " + e + ")";
        }
    }

    /** A file's text; bytes that are not UTF-8 (a response cut mid-character) do not make it unreadable. */
    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
