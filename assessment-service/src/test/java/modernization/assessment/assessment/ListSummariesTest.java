package modernization.assessment.assessment;

import static io.restassured.RestAssured.given;
import static modernization.assessment.assessment.Assessments.ASSESSMENTS;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import modernization.assessment.scoring.ReadinessScore;
import modernization.common.testing.TestTokens;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** A list shows each assessment as a summary; the summary of readiness is computed over the frozen scores. */
@QuarkusTest
class ListSummariesTest {

    private static final Set<String> SUMMARY_FIELDS = Set.of("id", "ministryCode", "government", "subject", "framework", "period", "status",
            "version", "createdBy", "createdAt", "updatedBy", "updatedAt", "submittedAt", "validatedAt", "score");

    @Inject
    SessionFactory sessions;

    @Test
    void aListItemIsASummaryWithoutAnswersEvidenceOrHistoryAndTheScoreOnceValidated() {
        String evidence = "x".repeat(10_000);
        String period = Assessments.uniquePeriod();
        String validated = Assessments.validate(Assessments.submit(Assessments.create(TestTokens.undpStaff(),
                Assessments.request("MOHE-KRG", period, answers(i -> 2, evidence))).path("id")));

        var page = given().auth().oauth2(TestTokens.undpStaff())
                .when().get(ASSESSMENTS + "?ministry=MOHE-KRG&period=" + period)
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo(validated))
                .body("[0].framework.code", equalTo("SES-READINESS"))
                .body("[0].framework.version", equalTo(1))
                .body("[0].status", equalTo("VALIDATED"))
                .body("[0].score.overall", equalTo(40.0f))
                .body("[0].score.level", equalTo("EMERGING"))
                .extract();
        Map<String, Object> item = page.path("[0]");
        assertEquals(SUMMARY_FIELDS, item.keySet(), "a list item's fields");
        assertTrue(page.asString().length() < 2_000, "a summary of an assessment with 10 KB of evidence per answer is "
                + page.asString().length() + " characters");

        given().auth().oauth2(TestTokens.undpStaff()).when().get(ASSESSMENTS + "/" + validated)
                .then().statusCode(200)
                .body("answers[0].evidence", equalTo(evidence))
                .body("history.to", equalTo(List.of("DRAFT", "SUBMITTED", "VALIDATED")));
    }

    @Test
    void anAssessmentNotYetValidatedHasNoScoreInTheList() {
        String id = Assessments.submitted("MOHE-FED", 4);
        given().auth().oauth2(TestTokens.undpStaff()).when().get(ASSESSMENTS + "?ministry=MOHE-FED&status=SUBMITTED")
                .then().statusCode(200)
                .body("find { it.id == '" + id + "' }.status", equalTo("SUBMITTED"))
                .body("find { it.id == '" + id + "' }.score", nullValue());
    }

    @Test
    void neitherAListNorTheReadinessSummaryLoadsAnAssessmentWithItsAnswers() {
        Assessments.validated("MOHE-KRG", 3);
        var statistics = sessions.getStatistics();
        statistics.clear();
        given().auth().oauth2(TestTokens.undpStaff()).when().get(ASSESSMENTS + "?size=100").then().statusCode(200);
        given().auth().oauth2(TestTokens.partnerApp()).when().get("/api/v1/readiness/summary").then().statusCode(200);
        assertEquals(0, statistics.getEntityStatistics(Assessment.class.getName()).getLoadCount(),
                "assessments loaded as entities, answers and all");
    }

    @Test
    void theSummaryAveragesEachAreaOverTheScoresFrozenAtValidationOfEachMinistrysLatestAssessment() {
        Assessments.validated("MOHE-KRG", 1);
        String period = Assessments.uniquePeriod();
        Assessments.validate(Assessments.submit(Assessments.create(TestTokens.undpStaff(),
                Assessments.request("MOHE-KRG", period, answers(i -> i % 6, "Document"))).path("id")));

        List<Map<String, Object>> areas = given().auth().oauth2(TestTokens.partnerApp())
                .when().get("/api/v1/readiness/summary?government=KRG")
                .then().statusCode(200).extract().path("areas");

        // the oracle: each KRG ministry's latest validated assessment read whole, its frozen area scores averaged here
        Map<String, double[]> expected = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Assessment> latest = new TreeMap<>();
            // latest by period, then by validation time
            Assessment.<Assessment>list("status = ?1 and frameworkCode = 'SES-READINESS' and ministryCode in "
                            + "(select m.code from Ministry m where m.government = modernization.assessment.ministry.Government.KRG)",
                    AssessmentStatus.VALIDATED)
                    .forEach(a -> latest.merge(a.ministryCode, a, (x, y) -> x.periodOrder > y.periodOrder
                            || (x.periodOrder.equals(y.periodOrder) && x.validatedAt.isAfter(y.validatedAt)) ? x : y));
            Map<String, double[]> sums = new LinkedHashMap<>();
            for (Assessment a : latest.values()) {
                for (ReadinessScore.AreaScore area : a.areaScores) {
                    double[] sum = sums.computeIfAbsent(area.code(), k -> new double[2]);
                    sum[0] += area.score();
                    sum[1]++;
                }
            }
            return sums;
        });
        assertEquals(expected.keySet(), Set.copyOf(areas.stream().map(a -> (String) a.get("code")).toList()));
        for (Map<String, Object> area : areas) {
            double[] sum = expected.get((String) area.get("code"));
            assertEquals(Math.round(sum[0] / sum[1] * 10) / 10.0, ((Number) area.get("average")).doubleValue(), 1e-4,
                    "average of " + area.get("code"));
            assertEquals((int) sum[1], area.get("ministries"), "ministries counted in " + area.get("code"));
        }
        assertTrue(areas.stream().map(a -> ((Number) a.get("average")).doubleValue()).distinct().count() > 1,
                "uneven answers give areas different averages");
    }

    private static List<Map<String, Object>> answers(java.util.function.IntUnaryOperator level, String evidence) {
        List<Map<String, Object>> answers = new ArrayList<>();
        List<Map<String, Object>> criteria = Assessments.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            answers.add(Map.of("criterionCode", criteria.get(i).get("code"), "level", level.applyAsInt(i), "evidence", evidence));
        }
        return answers;
    }
}
