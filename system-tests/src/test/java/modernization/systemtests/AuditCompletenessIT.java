package modernization.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other system test (see the class order in the failsafe configuration): each
 * assessment and roadmap created in this run, by any test, has one audit event per change it went
 * through (its version counts the changes), and the events name the statuses it passed.
 */
@Order(Integer.MAX_VALUE - 1)
class AuditCompletenessIT {

    private static final Instant RUN_STARTED = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    @Test
    void everyChangeToAssessmentsAndRoadmapsInThisRunIsInTheAuditTrail() {
        Map<String, List<Map<String, Object>>> assessmentEvents = byEntity(
                Pages.all("http://127.0.0.1:8082/api/v1/assessments/audit?entityType=assessment"));
        Map<String, List<Map<String, Object>>> roadmapEvents = byEntity(Pages.all("http://127.0.0.1:8083/api/v1/roadmaps/audit"));

        List<String> missing = new ArrayList<>();
        int assessments = 0;
        for (Map<String, Object> assessment : Pages.all("http://127.0.0.1:8082/api/v1/assessments")) {
            if (Instant.parse((String) assessment.get("createdAt")).isBefore(RUN_STARTED)) {
                continue;
            }
            assessments++;
            String id = (String) assessment.get("id");
            List<String> actions = actions(assessmentEvents.get(id));
            int changes = ((Number) assessment.get("version")).intValue() + 1;
            if (actions.size() != changes || !actions.contains("ASSESSMENT_CREATED")) {
                missing.add("assessment " + id + " (version " + assessment.get("version") + "): " + actions);
            }
            // a list shows summaries; the status history is on the assessment itself
            List<Map<String, Object>> history = given().auth().oauth2(Accounts.UNDP_STAFF.token())
                    .when().get("http://127.0.0.1:8082/api/v1/assessments/" + id)
                    .then().statusCode(200).extract().jsonPath().getList("history");
            history.stream().filter(change -> change.get("from") != null)
                    .map(change -> "ASSESSMENT_" + change.get("to"))
                    .filter(action -> !actions.contains(action))
                    .forEach(action -> missing.add("assessment " + id + ": no " + action + " in " + actions));
        }
        int roadmaps = 0;
        for (Map<String, Object> roadmap : Pages.all("http://127.0.0.1:8083/api/v1/roadmaps")) {
            if (Instant.parse((String) roadmap.get("createdAt")).isBefore(RUN_STARTED)) {
                continue;
            }
            roadmaps++;
            String id = (String) roadmap.get("id");
            List<String> actions = actions(roadmapEvents.get(id));
            int changes = ((Number) roadmap.get("version")).intValue() + 1;
            if (actions.size() != changes || !actions.contains("ROADMAP_GENERATED")) {
                missing.add("roadmap " + id + " (version " + roadmap.get("version") + "): " + actions);
            }
            String status = (String) roadmap.get("status");
            if (!"DRAFT".equals(status) && !actions.contains("ROADMAP_PUBLISHED")) {
                missing.add("roadmap " + id + " is " + status + " without ROADMAP_PUBLISHED: " + actions);
            }
            if ("ARCHIVED".equals(status) && !actions.contains("ROADMAP_ARCHIVED")) {
                missing.add("roadmap " + id + " is ARCHIVED without ROADMAP_ARCHIVED: " + actions);
            }
        }
        System.out.printf("Audit completeness: %d assessments and %d roadmaps of this run checked, %d gaps%n",
                assessments, roadmaps, missing.size());
        assertTrue(assessments > 0 && roadmaps > 0, "the run created no assessment or no roadmap to check");
        assertEquals(List.of(), missing.subList(0, Math.min(30, missing.size())), missing.size() + " gaps in the audit trail");
    }

    private static List<String> actions(List<Map<String, Object>> events) {
        return events == null ? List.of() : events.stream().map(e -> (String) e.get("action")).toList();
    }

    private static Map<String, List<Map<String, Object>>> byEntity(List<Map<String, Object>> events) {
        Map<String, List<Map<String, Object>>> byEntity = new HashMap<>();
        events.forEach(e -> byEntity.computeIfAbsent((String) e.get("entityId"), id -> new ArrayList<>()).add(e));
        return byEntity;
    }
}
