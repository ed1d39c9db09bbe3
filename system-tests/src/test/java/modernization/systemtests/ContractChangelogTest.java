package modernization.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every change of the committed contract ({@code docs/openapi.json}) comes with a CHANGELOG.md
 * entry in the same commit, or, before it is committed, in the working tree; an incompatible
 * change (as openapi-diff judges it) with a {@code **Breaking:**} one. Runs in the build's test
 * phase from git's history; {@link ContractSnapshotIT} ties the snapshot to what the gateway serves.
 */
class ContractChangelogTest {

    private static final String BASE = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1.0"}, "paths": {
              "/api/v1/pillars": {"get": {"responses": {"200": {"description": "ok"}}}}}}
            """;
    private static final String WITH_AN_ENDPOINT_ADDED = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1.0"}, "paths": {
              "/api/v1/pillars": {"get": {"responses": {"200": {"description": "ok"}}}},
              "/api/v1/glossary": {"get": {"responses": {"200": {"description": "ok"}}}}}}
            """;
    private static final String WITHOUT_ANY_ENDPOINT = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1.0"}, "paths": {}}
            """;

    @Test
    void everyChangeOfTheCommittedContractComesWithAChangelogEntry() throws Exception {
        assumeTrue(Git.available(), "not a git work tree: the history of docs/openapi.json cannot be read");
        List<String> violations = new ArrayList<>();
        List<String> commits = Git.lines("log", "--format=%H", "--reverse", "--", Snapshot.RELATIVE);
        for (int i = 1; i < commits.size(); i++) { // the first commit is the baseline
            String commit = commits.get(i);
            ContractChange change = ContractChange.between(Git.show(commit + "^", Snapshot.RELATIVE),
                    Git.show(commit, Snapshot.RELATIVE));
            String where = "commit " + commit.substring(0, 10) + " (" + Git.text("log", "-1", "--format=%s", commit).strip() + ")";
            violations.addAll(change.changelogViolations(Git.addedLines(commit + "^", commit), where));
        }
        if (!commits.isEmpty() && Files.exists(Snapshot.FILE)) {
            ContractChange change = ContractChange.between(Git.show("HEAD", Snapshot.RELATIVE),
                    Files.readString(Snapshot.FILE, StandardCharsets.UTF_8));
            violations.addAll(change.changelogViolations(Git.addedLines("HEAD", null), "the working tree"));
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void anUnchangedContractNeedsNoEntry() {
        assertEquals(List.of(), ContractChange.between(BASE, BASE).changelogViolations("", "x"));
    }

    @Test
    void aNewEndpointWithoutAnEntryIsAViolationNamingIt() {
        ContractChange change = ContractChange.between(BASE, WITH_AN_ENDPOINT_ADDED);
        assertFalse(change.breaking());
        List<String> violations = change.changelogViolations("", "commit abc");
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).contains("commit abc changes the contract without a CHANGELOG.md entry"), violations.get(0));
        assertTrue(violations.get(0).contains("+ GET /api/v1/glossary"), violations.get(0));
        assertEquals(List.of(), change.changelogViolations("- `GET /api/v1/glossary`: the terms", "commit abc"));
    }

    @Test
    void aFieldThatStopsBeingNullableNeedsAnEntryThoughOpenApiDiffSeesNoChange() {
        String nullable = BASE.replace("\"description\": \"ok\"}", "\"description\": \"ok\", \"content\": {\"application/json\": "
                + "{\"schema\": {\"type\": [\"string\", \"null\"]}}}}");
        String notNullable = nullable.replace("[\"string\", \"null\"]", "\"string\"");
        ContractChange change = ContractChange.between(nullable, notNullable);
        assertTrue(change.changed());
        assertEquals(1, change.changelogViolations("", "the working tree").size());
    }

    @Test
    void aRemovedEndpointNeedsABreakingEntry() {
        ContractChange change = ContractChange.between(BASE, WITHOUT_ANY_ENDPOINT);
        assertTrue(change.breaking());
        assertTrue(change.changelogViolations("- pillars are gone", "commit abc").get(0).contains("**Breaking:**"));
        assertEquals(List.of(), change.changelogViolations("- **Breaking:** pillars are gone", "commit abc"));
    }

    /** The git commands the check needs, run in the platform's work tree. */
    private static final class Git {

        static boolean available() {
            try {
                return text("rev-parse", "--is-inside-work-tree").strip().equals("true");
            } catch (IOException | IllegalStateException e) {
                return false;
            }
        }

        static String show(String revision, String path) throws IOException {
            return text("show", revision + ":" + path);
        }

        /** The lines CHANGELOG.md gained from {@code from} to {@code to} (the working tree when null). */
        static String addedLines(String from, String to) throws IOException {
            List<String> args = new ArrayList<>(List.of("diff", "--unified=0", from));
            if (to != null) {
                args.add(to);
            }
            args.addAll(List.of("--", "CHANGELOG.md"));
            return text(args.toArray(String[]::new)).lines()
                    .filter(line -> line.startsWith("+") && !line.startsWith("+++"))
                    .map(line -> line.substring(1)).collect(Collectors.joining("\n"));
        }

        static List<String> lines(String... args) throws IOException {
            return text(args).lines().filter(line -> !line.isBlank()).toList();
        }

        static String text(String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of("git", "-C", Snapshot.PLATFORM.toString()));
            command.addAll(List.of(args));
            Process git = new ProcessBuilder(command).redirectErrorStream(false).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed: "
                            + new String(git.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            return out;
        }
    }
}
