package modernization.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs last: every response the system tests received through {@link ContractProxy} matched the
 * merged OpenAPI document (status code, headers, body), as Stoplight Prism judged it. Violations of
 * requests are not counted: several tests send invalid requests on purpose.
 */
@Order(Integer.MAX_VALUE)
class ContractConformanceIT {

    private static final Pattern REQUEST = Pattern.compile("\\[HTTP SERVER] (\\w+) (\\S+) .*Request received");
    private static final Pattern VIOLATION = Pattern.compile("Violation: (response\\S*) (.*)$");

    @Test
    void everyResponseOfTheSystemTestsMatchesTheOpenApiDocument() throws Exception {
        assertTrue(Files.exists(ContractProxy.LOG), "Prism's log is missing: the proxy did not run");
        List<String> lines = Files.readAllLines(ContractProxy.LOG, StandardCharsets.UTF_8);
        int checked = 0;
        String request = "?";
        Map<String, List<String>> violations = new TreeMap<>();
        for (String line : lines) {
            Matcher received = REQUEST.matcher(line);
            if (received.find()) {
                request = received.group(1).toUpperCase() + " " + received.group(2);
            }
            if (line.contains("Received forward response")) {
                checked++;
            }
            Matcher violation = VIOLATION.matcher(line);
            if (violation.find()) {
                // items.3.comment and items.7.comment are one finding
                String finding = violation.group(1).replaceAll("\\.\\d+(?=\\.|$)", ".*") + ": "
                        + violation.group(2).replaceAll("(?<=^|[ .])\\d+(?=\\.| |$)", "*");
                violations.computeIfAbsent(finding, f -> new ArrayList<>()).add(request);
            }
        }
        StringBuilder report = new StringBuilder();
        violations.forEach((finding, requests) -> report.append(requests.size()).append(" x ").append(finding)
                .append("\n    e.g. ").append(requests.get(0)).append('\n'));
        Files.writeString(ContractProxy.DIR.resolve("violations.txt"), report.toString(), StandardCharsets.UTF_8);
        System.out.println("Prism checked " + checked + " responses against the merged OpenAPI document: "
                + violations.values().stream().mapToInt(List::size).sum() + " violations of " + violations.size() + " kinds");
        assertTrue(checked > 500, "only " + checked + " responses went through the validating proxy");
        assertEquals("", report.toString(), "responses that do not match the OpenAPI document (also in "
                + ContractProxy.DIR.resolve("violations.txt") + ")");
    }
}
