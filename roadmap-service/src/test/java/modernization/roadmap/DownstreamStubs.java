package modernization.roadmap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Stands in for catalog-service and assessment-service in this service's tests (the real ones
 * are behind the gateway in system-tests): two published options, a draft, a slow option, and
 * ministries with and without a validated assessment.
 */
public class DownstreamStubs implements QuarkusTestResourceLifecycleManager {

    public static final String BOARD = "00000000-0000-4000-8000-00000000000b";
    public static final String AGREEMENT = "00000000-0000-4000-8000-00000000000a";
    public static final String DRAFT = "00000000-0000-4000-8000-00000000000d";
    public static final String SLOW = "00000000-0000-4000-8000-000000000051";
    /** An option the catalog refuses to show the caller (403). */
    public static final String FORBIDDEN = "00000000-0000-4000-8000-000000000403";
    public static final String CYCLIC = "00000000-0000-4000-8000-0000000000cc";
    static final String KRG_ASSESSMENT = "10000000-0000-4000-8000-000000000001";
    static final String MOH_ASSESSMENT = "10000000-0000-4000-8000-000000000002";

    private static WireMockServer server;

    /** How many reads of this option the catalog stub has received so far. */
    public static int readsOf(String optionId) {
        return server.findAll(getRequestedFor(urlPathEqualTo("/api/v1/design-options/" + optionId))).size();
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        stubOption(BOARD, "ENTRY_BOARD", "PUBLISHED", BOARD_STEPS);
        stubOption(AGREEMENT, "PERF_AGREEMENT", "PUBLISHED", """
                [{"code": "TEMPLATE", "title": "Agree the template", "durationMonths": 4, "dependsOn": [], "phase": "FOUNDATION"},
                 {"code": "FIRST_CYCLE", "title": "First agreement cycle", "durationMonths": 12, "dependsOn": ["TEMPLATE"], "phase": "INSTITUTIONALIZE"}]""");
        stubOption(CYCLIC, "CYCLIC_OPTION", "PUBLISHED", """
                [{"code": "EARLY", "title": "Early step waiting for a pilot", "durationMonths": 2, "dependsOn": ["LATE"], "phase": "FOUNDATION"},
                 {"code": "LATE", "title": "Pilot step", "durationMonths": 2, "dependsOn": [], "phase": "PILOT"}]""");
        server.stubFor(get(urlPathEqualTo("/api/v1/design-options/" + DRAFT)).willReturn(okJson("""
                {"id": "%s", "code": "DRAFT_ONLY", "title": "Never published", "pillars": [], "status": "DRAFT",
                 "version": 1, "publishedVersion": null, "implementationSteps": []}""".formatted(DRAFT))));
        server.stubFor(get(urlPathEqualTo("/api/v1/design-options/" + FORBIDDEN)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 403, \"title\": \"Forbidden\", \"detail\": \"Your role does not allow this operation.\"}")));
        server.stubFor(get(urlPathEqualTo("/api/v1/design-options/" + SLOW))
                .willReturn(okJson("{}").withFixedDelay(5000)));

        stubValidated("MOP-KRG", KRG_ASSESSMENT, 62.5, "ESTABLISHED", "[{\"criterionCode\": \"MERIT.APPEALS\", \"areaCode\": \"MERIT\", \"weight\": 1, \"level\": 2}]");
        stubValidated("MOH-KRG", MOH_ASSESSMENT, 31.0, "EMERGING", """
                [{"criterionCode": "LEGAL.CIVIL_SERVICE_LAW", "areaCode": "LEGAL", "weight": 3, "level": 0},
                 {"criterionCode": "HRIS.EMPLOYEE_RECORDS", "areaCode": "HRIS", "weight": 1, "level": 1}]""");
        server.stubFor(get(urlPathEqualTo("/api/v1/assessments")).atPriority(10).willReturn(okJson("[]")));
        server.stubFor(get(urlPathEqualTo("/api/v1/assessments")).atPriority(1)
                .withQueryParam("ministry", com.github.tomakehurst.wiremock.client.WireMock.equalTo("MOE-DOWN"))
                .willReturn(aResponse().withStatus(503)));
        return Map.of("quarkus.rest-client.catalog.url", server.baseUrl(),
                "quarkus.rest-client.assessment.url", server.baseUrl());
    }

    /** Replaces what catalog-service answers for an option, as an edit of the catalog would. */
    public static void restubOption(String id, String code, String steps) {
        stubOption(id, code, "PUBLISHED", steps);
    }

    public static final String BOARD_STEPS = """
            [{"code": "ADOPT_LAW", "title": "Adopt the law", "durationMonths": 9, "dependsOn": [], "phase": "FOUNDATION"},
             {"code": "CONSTITUTE", "title": "Constitute the board", "durationMonths": 3, "dependsOn": ["ADOPT_LAW"], "phase": "FOUNDATION"},
             {"code": "PILOT_SELECTION", "title": "Pilot selections", "durationMonths": 6, "dependsOn": ["CONSTITUTE"], "phase": "PILOT"}]""";

    private static void stubOption(String id, String code, String status, String steps) {
        server.stubFor(get(urlPathEqualTo("/api/v1/design-options/" + id)).willReturn(okJson("""
                {"id": "%s", "code": "%s", "dimension": "ENTRY_SELECTION", "title": "%s title", "pillars": ["ACCOUNTABILITY_PERFORMANCE"],
                 "status": "%s", "version": 1, "publishedVersion": 1, "implementationSteps": %s}""".formatted(id, code, code, status, steps))));
    }

    private static void stubValidated(String ministry, String id, double overall, String level, String gaps) {
        server.stubFor(get(urlPathEqualTo("/api/v1/assessments")).atPriority(1)
                .withQueryParam("ministry", com.github.tomakehurst.wiremock.client.WireMock.equalTo(ministry))
                // the newest validated assessment only: one small page, not the ministry's whole history
                .withQueryParam("status", com.github.tomakehurst.wiremock.client.WireMock.equalTo("VALIDATED"))
                .withQueryParam("sort", com.github.tomakehurst.wiremock.client.WireMock.equalTo("-validatedAt"))
                .withQueryParam("size", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1"))
                .willReturn(okJson("""
                        [{"id": "%s", "ministryCode": "%s", "period": "2026-Q3", "status": "VALIDATED", "version": 4,
                          "validatedAt": "2026-10-01T10:00:00Z"}]""".formatted(id, ministry))));
        server.stubFor(get(urlPathEqualTo("/api/v1/assessments/" + id + "/score")).willReturn(okJson("""
                {"assessmentId": "%s", "ministryCode": "%s", "overall": %s, "level": "%s", "gaps": %s}"""
                .formatted(id, ministry, overall, level, gaps))));
    }

    /** How many requests for this path reached the stub, with any headers. */
    public static int requestsTo(String path) {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo(path))).size();
    }

    public static String lastAuthorizationTo(String path) {
        return lastHeaderTo(path, "Authorization");
    }

    public static String lastHeaderTo(String path, String header) {
        var requests = server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo(path)));
        return requests.isEmpty() ? null : requests.get(requests.size() - 1).getHeader(header);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
