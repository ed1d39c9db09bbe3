package modernization.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The security matrix of ARCHITECTURE.md, checked for every operation of the merged OpenAPI
 * document (read from the gateway, so a new endpoint fails this test until it is declared in
 * {@link #EXPECTED}), as every kind of caller, on its own ministry's and on the other ministry's
 * data. Writes are sent so that nothing changes when they are allowed: an empty body (400), a
 * stale {@code If-Match} (412), or a period that is already taken (409). The matrix is printed as
 * Markdown and kept in {@code target/authorization-matrix.md}.
 */
class AuthorizationMatrixIT {

    /** Who calls: no token, then each account. */
    enum Caller {
        NO_TOKEN(null), UNDP_STAFF(Accounts.UNDP_STAFF), ADVISOR(Accounts.ADVISOR), MOP_KRG(Accounts.MOP_KRG),
        MOP_FED(Accounts.MOP_FED), PARTNER_PORTAL(Accounts.PARTNER_PORTAL);

        final Accounts account;

        Caller(Accounts account) {
            this.account = account;
        }
    }

    /**
     * The declared table: per operation, what each caller gets, in the order no token, undp-staff,
     * advisor, a ministry user on its own ministry's data, a ministry user on the other ministry's
     * data, partner-portal. {@code A}: allowed (the request passes authorization; any answer but
     * 401, 403, 404 or 5xx), {@code 1}: 401, {@code 3}: 403, {@code 4}: 404 (hidden, not refused).
     */
    static final Map<String, String> EXPECTED = Map.ofEntries(
            // the API root at the gateway: anyone, with or without a token
            Map.entry("getApiRoot", "AAAAAA"),
            // catalog: everyone reads what is published; advisers and UNDP staff write
            Map.entry("listPillars", "1AAAAA"),
            Map.entry("listDimensions", "1AAAAA"),
            Map.entry("getDimension", "1AAAAA"),
            Map.entry("listDesignOptions", "1AAAAA"),
            Map.entry("getDesignOption", "1AAAAA"),
            Map.entry("listDesignOptionVersions", "1AAAAA"),
            Map.entry("createDesignOption", "1AA333"),
            Map.entry("updateDesignOption", "1AA333"),
            Map.entry("publishDesignOption", "1AA333"),
            Map.entry("retireDesignOption", "1AA333"),
            Map.entry("listCountryModels", "1AAAAA"),
            Map.entry("getCountryModel", "1AAAAA"),
            Map.entry("listLegalInstruments", "1AAAAA"),
            Map.entry("getLegalInstrument", "1AAAAA"),
            Map.entry("listGlossary", "1AAAAA"),
            Map.entry("compareCountryModels", "1AAAAA"),
            // ministries: everyone reads, UNDP staff manage
            Map.entry("listMinistries", "1AAAAA"),
            Map.entry("getMinistry", "1AAAAA"),
            Map.entry("registerMinistry", "1A3333"),
            // frameworks: everyone reads, advisers and UNDP staff manage
            Map.entry("listFrameworks", "1AAAAA"),
            Map.entry("getFramework", "1AAAAA"),
            Map.entry("getFrameworkVersion", "1AAAAA"),
            Map.entry("createFramework", "1AA333"),
            Map.entry("createFrameworkVersion", "1AA333"),
            Map.entry("updateFrameworkVersion", "1AA333"),
            // assessments: a ministry's own, UNDP staff for any; advisers read and review; partners never
            Map.entry("listAssessments", "1AAAA3"),
            Map.entry("exportAssessments", "1AAAA3"),
            Map.entry("createAssessment", "1A3A33"),
            Map.entry("getAssessment", "1AAA43"),
            Map.entry("getAssessmentScore", "1AAA43"),
            Map.entry("replaceAssessmentAnswers", "1A3A43"),
            Map.entry("submitAssessment", "1A3A43"),
            Map.entry("reviewAssessment", "1AA333"),
            Map.entry("listAssessmentAudit", "1A3333"),
            Map.entry("listRoadmapAudit", "1A3333"),
            // aggregated statistics: validated scores only, no free text, for everyone
            Map.entry("getReadinessSummary", "1AAAAA"),
            // roadmaps: advisers and UNDP staff write; everyone reads a published one; progress by the owner ministry
            Map.entry("listRoadmaps", "1AAAAA"),
            Map.entry("getRoadmap", "1AAAAA"),
            Map.entry("getRoadmapSchedule", "1AAAAA"),
            Map.entry("getRoadmapProgress", "1AAAAA"),
            Map.entry("getRoadmapGantt", "1AAAAA"),
            Map.entry("exportRoadmap", "1AAAAA"),
            Map.entry("exportRoadmapMilestones", "1AAAAA"),
            Map.entry("generateRoadmap", "1AA333"),
            Map.entry("previewRoadmap", "1AA333"),
            Map.entry("compareRoadmaps", "1AAAAA"),
            Map.entry("publishRoadmap", "1AA333"),
            Map.entry("archiveRoadmap", "1AA333"),
            Map.entry("updateRoadmapActivity", "1AAA33"));

    /** Operations on one ministry's data: run once on MOP-KRG's and once on MOP-FED's. */
    private static final Set<String> MINISTRY_DATA = Set.of("createAssessment", "getAssessment", "getAssessmentScore",
            "replaceAssessmentAnswers", "submitAssessment", "updateRoadmapActivity");

    private static final String STALE_ETAG = "\"0.0\"";
    private static final Map<String, Fixture> FIXTURES = new HashMap<>();
    private static String optionId;
    private static String roadmapId;

    /** One ministry's data: a draft assessment (with its period) and, for MOP-KRG, its roadmap activity. */
    record Fixture(String ministry, String assessmentId, String period, String activityId) {
    }

    @BeforeAll
    static void fixtures() {
        // a validated assessment for MOP-KRG, so a roadmap can be generated and published for it
        String validated = given().auth().oauth2(Accounts.MOP_KRG.token()).contentType(ContentType.JSON)
                .body(AssessmentIT.request("MOP-KRG", AssessmentIT.completeAnswers(3)))
                .when().post(PlatformIT.GATEWAY + "/api/v1/assessments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Accounts.MOP_KRG.token())
                .when().post(PlatformIT.GATEWAY + "/api/v1/assessments/" + validated + "/submit").then().statusCode(200);
        given().auth().oauth2(Accounts.ADVISOR.token()).contentType(ContentType.JSON).body(Map.of("decision", "VALIDATE"))
                .when().post(PlatformIT.GATEWAY + "/api/v1/assessments/" + validated + "/review").then().statusCode(200);

        AssessmentIT.validatedGovernmentAssessment("KRG");
        List<String> options = given().auth().oauth2(Accounts.ADVISOR.token())
                .when().get(PlatformIT.GATEWAY + "/api/v1/design-options?status=PUBLISHED&size=2")
                .then().statusCode(200).extract().path("id");
        optionId = options.get(0);
        roadmapId = given().auth().oauth2(Accounts.UNDP_STAFF.token()).contentType(ContentType.JSON)
                .body(Map.of("title", "Authorization matrix", "government", "KRG", "startDate", "2027-01-01",
                        "selectedOptionIds", options, "ministryCodes", List.of("MOP-KRG")))
                .when().post(PlatformIT.GATEWAY + "/api/v1/roadmaps").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Accounts.UNDP_STAFF.token())
                .when().post(PlatformIT.GATEWAY + "/api/v1/roadmaps/" + roadmapId + "/publish").then().statusCode(200);
        String activity = given().auth().oauth2(Accounts.UNDP_STAFF.token())
                .when().get(PlatformIT.GATEWAY + "/api/v1/roadmaps/" + roadmapId).then().statusCode(200)
                .extract().path("phases.activities.flatten().find { it.kind == 'ROLLOUT' && it.owner == 'MOP-KRG' }.id");

        for (String ministry : List.of("MOP-KRG", "MOP-FED")) {
            Map<String, Object> body = AssessmentIT.request(ministry, List.of());
            String id = given().auth().oauth2(Accounts.UNDP_STAFF.token()).contentType(ContentType.JSON).body(body)
                    .when().post(PlatformIT.GATEWAY + "/api/v1/assessments").then().statusCode(201).extract().path("id");
            FIXTURES.put(ministry, new Fixture(ministry, id, (String) body.get("period"),
                    "MOP-KRG".equals(ministry) ? activity : null));
        }
    }

    @Test
    void everyOperationOfTheMergedDocumentAnswersEachCallerAsDeclared() throws IOException {
        JsonPath document = given().accept(ContentType.JSON).when().get(PlatformIT.GATEWAY + "/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");

        List<String> undeclared = new ArrayList<>();
        Map<String, Map<Caller, String>> table = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        Map<String, Integer> operationsChecked = new LinkedHashMap<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (!path.startsWith("/api/") || !Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                return;
            }
            String operationId = (String) operation.get("operationId");
            String expected = EXPECTED.get(operationId);
            if (expected == null) {
                undeclared.add(method.toUpperCase() + " " + path + " (" + operationId + ")");
                return;
            }
            operationsChecked.merge(operationId, 1, Integer::sum);
            List<String> dataOf = MINISTRY_DATA.contains(operationId) ? ministriesWithData(operationId) : List.of("MOP-KRG");
            for (String dataMinistry : dataOf) {
                String row = MINISTRY_DATA.contains(operationId)
                        ? method.toUpperCase() + " " + path + " on " + dataMinistry + "'s data"
                        : method.toUpperCase() + " " + path;
                Map<Caller, String> cells = new LinkedHashMap<>();
                for (Caller caller : Caller.values()) {
                    char want = expected.charAt(column(caller, dataMinistry));
                    int status = call(caller, method, path, operationId, FIXTURES.get(dataMinistry));
                    boolean ok = matches(want, status);
                    cells.put(caller, ok ? String.valueOf(status) : "**" + status + "** (want " + describe(want) + ")");
                    if (!ok) {
                        mismatches.add(row + " as " + caller + ": " + status + ", want " + describe(want));
                    }
                }
                table.put(row, cells);
            }
        }));

        String markdown = markdown(table);
        System.out.println(markdown);
        Path out = Path.of("target", "authorization-matrix.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, markdown, StandardCharsets.UTF_8);

        assertEquals(List.of(), undeclared, "operations of the merged document missing from the declared table");
        assertEquals(Set.of(), Set.copyOf(EXPECTED.keySet()).stream().filter(id -> !operationsChecked.containsKey(id))
                .collect(java.util.stream.Collectors.toSet()), "declared operations no longer in the document");
        assertEquals(List.of(), mismatches, "the security matrix does not hold");
    }

    /** Which ministries' data an operation is checked on: the roadmap activity exists for MOP-KRG only. */
    private static List<String> ministriesWithData(String operationId) {
        return "updateRoadmapActivity".equals(operationId) ? List.of("MOP-KRG") : List.of("MOP-KRG", "MOP-FED");
    }

    private static int column(Caller caller, String dataMinistry) {
        return switch (caller) {
            case NO_TOKEN -> 0;
            case UNDP_STAFF -> 1;
            case ADVISOR -> 2;
            case MOP_KRG -> "MOP-KRG".equals(dataMinistry) ? 3 : 4;
            case MOP_FED -> "MOP-FED".equals(dataMinistry) ? 3 : 4;
            case PARTNER_PORTAL -> 5;
        };
    }

    private static boolean matches(char want, int status) {
        return switch (want) {
            case 'A' -> status != 401 && status != 403 && status != 404 && status < 500;
            case '1' -> status == 401;
            case '3' -> status == 403;
            case '4' -> status == 404;
            default -> throw new IllegalArgumentException("unknown expectation " + want);
        };
    }

    private static String describe(char want) {
        return switch (want) {
            case 'A' -> "allowed";
            case '1' -> "401";
            case '3' -> "403";
            case '4' -> "404";
            default -> String.valueOf(want);
        };
    }

    private static int call(Caller caller, String method, String path, String operationId, Fixture data) {
        RequestSpecification request = given().urlEncodingEnabled(false).redirects().follow(false);
        if (caller.account != null) {
            request.auth().oauth2(caller.account.token());
        }
        if (!"get".equals(method)) {
            request.header("If-Match", STALE_ETAG).contentType(ContentType.JSON).body(body(operationId, data));
        }
        return request.request(method.toUpperCase(), PlatformIT.GATEWAY + resolve(path, data)).statusCode();
    }

    /** A body that changes nothing when the call is allowed, but gets far enough to be refused by scope. */
    private static Object body(String operationId, Fixture data) {
        return switch (operationId) {
            // the fixture's period is taken: 409 when allowed
            case "createAssessment" -> {
                Map<String, Object> body = AssessmentIT.request(data.ministry(), List.of());
                body.put("period", data.period());
                yield body;
            }
            case "replaceAssessmentAnswers" -> Map.of("answers", List.of());
            case "updateRoadmapActivity" -> Map.of("percentComplete", 10);
            default -> Map.of();
        };
    }

    private static String resolve(String path, Fixture data) {
        String resolved = path;
        if (path.startsWith("/api/v1/assessments/{id}")) {
            resolved = resolved.replace("{id}", data.assessmentId());
        } else if (path.startsWith("/api/v1/design-options/{id}")) {
            resolved = resolved.replace("{id}", optionId);
        } else if (path.startsWith("/api/v1/roadmaps/{id}")) {
            resolved = resolved.replace("{id}", roadmapId).replace("{activityId}", String.valueOf(data.activityId()));
        } else if (path.startsWith("/api/v1/frameworks/{code}")) {
            resolved = resolved.replace("{code}", "SES-READINESS").replace("{version}", "1");
        } else if (path.startsWith("/api/v1/ministries/{code}")) {
            resolved = resolved.replace("{code}", data.ministry());
        } else if (path.startsWith("/api/v1/dimensions/{code}")) {
            resolved = resolved.replace("{code}", "ENTRY_SELECTION");
        } else if (path.startsWith("/api/v1/country-models/{code}")) {
            resolved = resolved.replace("{code}", "CA");
        } else if (path.startsWith("/api/v1/legal-instruments/{code}")) {
            resolved = resolved.replace("{code}", "IQ_CONSTITUTION_2005");
        }
        if (resolved.contains("{")) {
            throw new AssertionError("no fixture for a parameter of " + path + ": declare one in resolve()");
        }
        return switch (resolved) {
            case "/api/v1/country-models/compare" -> resolved + "?codes=CA,GB";
            case "/api/v1/roadmaps/compare" -> resolved + "?ids=" + roadmapId;
            default -> resolved;
        };
    }

    private static String markdown(Map<String, Map<Caller, String>> table) {
        StringBuilder out = new StringBuilder("| operation | no token | undp-staff | advisor | mop-krg | mop-fed | partner-portal |\n")
                .append("|---|---|---|---|---|---|---|\n");
        table.forEach((row, cells) -> {
            out.append("| ").append(row);
            cells.values().forEach(cell -> out.append(" | ").append(cell));
            out.append(" |\n");
        });
        return out.toString();
    }
}
