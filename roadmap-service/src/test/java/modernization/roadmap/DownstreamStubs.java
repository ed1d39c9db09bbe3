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
 * are behind the gateway in system-tests): two published options, a draft, a slow option,
 * ministries with and without a validated assessment (MOH-KRG's a version-1 one that answered a
 * government-wide criterion too), a federal ministry, and the KRG's own validated assessment with a
 * gap on the merit recruitment law, a prerequisite of the board. The federal government has none.
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
    static final String KRG_GOVERNMENT_ASSESSMENT = "10000000-0000-4000-8000-000000000003";

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
                [{"code": "TEMPLATE", "title": "Agree the template", "durationMonths": 4, "dependsOn": [], "phase": "FOUNDATION", "kind": "REGULATION"},
                 {"code": "FIRST_CYCLE", "title": "First agreement cycle", "durationMonths": 12, "dependsOn": ["TEMPLATE"], "phase": "INSTITUTIONALIZE", "kind": "REVIEW"}]""");
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

        stubValidated("MOP-KRG", KRG_ASSESSMENT, 62.5, "ESTABLISHED", """
                [{"criterionCode": "MERIT.APPEALS", "name": "Appeals", "scope": "MINISTRY", "areaCode": "MERIT",
                  "pillars": ["MANAGING_IDENTITY"], "weight": 1, "level": 2}]""");
        stubValidated("MOH-KRG", MOH_ASSESSMENT, 31.0, "EMERGING", """
                [{"criterionCode": "LEGAL.CIVIL_SERVICE_LAW", "name": "Civil service law", "scope": "GOVERNMENT", "areaCode": "LEGAL",
                  "pillars": ["MANAGING_IDENTITY"], "weight": 3, "level": 0},
                 {"criterionCode": "HRIS.EMPLOYEE_RECORDS", "name": "Employee records", "scope": "MINISTRY", "areaCode": "HRIS",
                  "pillars": ["ACCOUNTABILITY_PERFORMANCE"], "weight": 1, "level": 1}]""");
        stubMinistry("MOP-KRG", "Ministry of Planning", "KRG");
        stubMinistry("MOH-KRG", "Ministry of Health", "KRG");
        stubMinistry("MOE-DOWN", "Ministry of Electricity", "KRG");
        stubMinistry("MOX-KRG", "Ministry without an assessment", "KRG");
        stubMinistry("MOF-FED", "Ministry of Finance", "FEDERAL_IRAQ");
        server.stubFor(get(urlPathEqualTo("/api/v1/assessments")).atPriority(1)
                .withQueryParam("government", com.github.tomakehurst.wiremock.client.WireMock.equalTo("KRG"))
                .withQueryParam("subject", com.github.tomakehurst.wiremock.client.WireMock.equalTo("GOVERNMENT"))
                .withQueryParam("status", com.github.tomakehurst.wiremock.client.WireMock.equalTo("VALIDATED"))
                .withQueryParam("sort", com.github.tomakehurst.wiremock.client.WireMock.equalTo("-period"))
                .withQueryParam("size", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1"))
                .willReturn(okJson("""
                        [{"id": "%s", "ministryCode": null, "government": "KRG", "subject": "GOVERNMENT", "period": "2026",
                          "status": "VALIDATED", "version": 3, "validatedAt": "2026-09-01T10:00:00Z"}]"""
                        .formatted(KRG_GOVERNMENT_ASSESSMENT))));
        server.stubFor(get(urlPathEqualTo("/api/v1/assessments/" + KRG_GOVERNMENT_ASSESSMENT + "/score")).willReturn(okJson("""
                {"assessmentId": "%s", "ministryCode": null, "government": "KRG", "subject": "GOVERNMENT", "overall": 41.7,
                 "overallUnrounded": 41.6667, "level": "EMERGING", "gaps": [
                  {"criterionCode": "LEGAL.MERIT_RECRUITMENT_LAW", "name": "Merit recruitment law", "scope": "GOVERNMENT",
                   "areaCode": "LEGAL", "pillars": ["MANAGING_IDENTITY"], "weight": 3, "level": 1}]}"""
                .formatted(KRG_GOVERNMENT_ASSESSMENT))));
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
            [{"code": "ADOPT_LAW", "title": "Adopt the law", "durationMonths": 9, "dependsOn": [], "phase": "FOUNDATION", "kind": "LEGISLATION"},
             {"code": "CONSTITUTE", "title": "Constitute the board", "durationMonths": 3, "dependsOn": ["ADOPT_LAW"], "phase": "FOUNDATION", "kind": "INSTITUTION"},
             {"code": "PILOT_SELECTION", "title": "Pilot selections", "durationMonths": 6, "dependsOn": ["CONSTITUTE"], "phase": "PILOT", "kind": "ROLLOUT"}]""";

    /** The board needs the merit recruitment law (a gap of the KRG) and appeals (a gap of MOP-KRG). */
    static final String BOARD_PREREQUISITES = """
            [{"criterionCode": "LEGAL.MERIT_RECRUITMENT_LAW", "description": "A merit law"},
             {"criterionCode": "MERIT.APPEALS", "description": "Appeals"}]""";

    private static void stubOption(String id, String code, String status, String steps) {
        server.stubFor(get(urlPathEqualTo("/api/v1/design-options/" + id)).willReturn(okJson("""
                {"id": "%s", "code": "%s", "dimension": "ENTRY_SELECTION", "title": "%s title", "pillars": ["ACCOUNTABILITY_PERFORMANCE"],
                 "prerequisites": %s, "status": "%s", "version": 1, "publishedVersion": 1, "implementationSteps": %s}"""
                .formatted(id, code, code, code.equals("ENTRY_BOARD") ? BOARD_PREREQUISITES : "[]", status, steps))));
    }

    private static void stubValidated(String ministry, String id, double overall, String level, String gaps) {
        server.stubFor(get(urlPathEqualTo("/api/v1/assessments")).atPriority(1)
                .withQueryParam("ministry", com.github.tomakehurst.wiremock.client.WireMock.equalTo(ministry))
                // the newest validated assessment only: one small page, not the ministry's whole history
                .withQueryParam("status", com.github.tomakehurst.wiremock.client.WireMock.equalTo("VALIDATED"))
                .withQueryParam("sort", com.github.tomakehurst.wiremock.client.WireMock.equalTo("-period"))
                .withQueryParam("size", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1"))
                .willReturn(okJson("""
                        [{"id": "%s", "ministryCode": "%s", "government": "KRG", "subject": "MINISTRY", "period": "2026-Q3",
                          "status": "VALIDATED", "version": 4, "validatedAt": "2026-10-01T10:00:00Z"}]""".formatted(id, ministry))));
        server.stubFor(get(urlPathEqualTo("/api/v1/assessments/" + id + "/score")).willReturn(okJson("""
                {"assessmentId": "%s", "ministryCode": "%s", "government": "KRG", "subject": "MINISTRY", "overall": %s,
                 "overallUnrounded": %s, "level": "%s", "gaps": %s}"""
                .formatted(id, ministry, Math.round(overall * 10) / 10.0, overall, level, gaps))));
    }

    private static void stubMinistry(String code, String name, String government) {
        server.stubFor(get(urlPathEqualTo("/api/v1/ministries/" + code)).willReturn(okJson("""
                {"code": "%s", "name": "%s", "government": "%s", "version": 1}""".formatted(code, name, government))));
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
