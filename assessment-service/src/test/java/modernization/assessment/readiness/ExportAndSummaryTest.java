package modernization.assessment.readiness;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import modernization.assessment.assessment.Assessments;
import modernization.common.testing.TestTokens;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportAndSummaryTest {

    @Inject
    EntityManager database;

    @Test
    void theExportStreamsEveryAssessmentPastTenThousandAndShowsFormulaLikeNamesAsText() throws Exception {
        int count = 10_050;
        String ministry = "EXPORT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        QuarkusTransaction.requiringNew().run(() -> {
            database.createNativeQuery("insert into ministry (id, code, name, government) values (gen_random_uuid(), ?1, "
                    + "'{\"en\": \"=HYPERLINK(\\\"http://x.example\\\",\\\"y\\\")\"}'::jsonb, 'KRG')")
                    .setParameter(1, ministry).executeUpdate();
            // periods 1000, 1000-Q1 .. 1000-Q4, 1001, ...: one assessment per period, as the schema allows
            database.createNativeQuery("insert into assessment (id, ministry_code, government, framework_code, framework_version, period, status,"
                    + " created_by, created_at, updated_by, updated_at) select gen_random_uuid(), ?1, 'KRG', 'SES-READINESS', 1,"
                    + " (1000 + i / 5)::text || case when i % 5 = 0 then '' else '-Q' || (i % 5) end, 'DRAFT', 'test',"
                    + " now() - i * interval '1 second', 'test', now() from generate_series(0, ?2 - 1) as i")
                    .setParameter(1, ministry).setParameter(2, count).executeUpdate();
        });
        try {
            byte[] bytes = given().auth().oauth2(TestTokens.undpStaff())
                    .when().get("/api/v1/assessments/export.csv?government=KRG&status=DRAFT")
                    .then().statusCode(200).extract().asByteArray();
            List<CSVRecord> mine = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).stream()
                    .filter(r -> r.get("ministry_code").equals(ministry)).toList();
            assertEquals(count * 8, mine.size(), "eight area rows for each of the " + count + " assessments");
            assertEquals(count, mine.stream().map(r -> r.get("assessment_id")).distinct().count());
            assertEquals("'=HYPERLINK(\"http://x.example\",\"y\")", mine.get(0).get("ministry_name_en"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                database.createNativeQuery("delete from assessment where ministry_code = ?1").setParameter(1, ministry).executeUpdate();
                database.createNativeQuery("delete from ministry where code = ?1").setParameter(1, ministry).executeUpdate();
            });
        }
    }

    @Test
    void theExportIsUtf8WithABomOneRowPerAssessmentAndAreaWithArabicNamesIntact() throws Exception {
        String id = Assessments.validated("MOHE-KRG", 4);
        byte[] bytes = given().auth().oauth2(TestTokens.advisor())
                .when().get("/api/v1/assessments/export.csv?government=KRG&status=VALIDATED")
                .then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("assessments.csv"))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        List<CSVRecord> mine = rows.stream().filter(r -> r.get("assessment_id").equals(id)).toList();
        assertEquals(8, mine.size());
        assertEquals("وزارة التعليم العالي والبحث العلمي (حكومة إقليم كوردستان)", mine.get(0).get("ministry_name_ar"));
        assertEquals("80.0", mine.get(0).get("overall_score"));
        assertEquals("ADVANCED", mine.get(0).get("readiness_level"));
        assertTrue(mine.stream().allMatch(r -> r.get("area_score").equals("80.0")));
    }

    @Test
    void aMinistryUserExportsItsOwnMinistrysAssessmentsOnlyAndPartnersNone() throws Exception {
        String own = Assessments.validated("MOP-KRG", 3);
        String other = Assessments.validated("MOP-FED", 3);
        byte[] bytes = given().auth().oauth2(TestTokens.ministryUser("MOP-KRG")).when().get("/api/v1/assessments/export.csv")
                .then().statusCode(200).extract().asByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertTrue(rows.stream().anyMatch(r -> r.get("assessment_id").equals(own)));
        assertTrue(rows.stream().noneMatch(r -> r.get("assessment_id").equals(other)));
        // the Ministry of Planning coordinates its government's own assessments, so it exports those too
        assertTrue(rows.stream().allMatch(r -> r.get("ministry_code").equals("MOP-KRG")
                || (r.get("subject").equals("GOVERNMENT") && r.get("government").equals("KRG") && r.get("ministry_code").isEmpty())));
        given().auth().oauth2(TestTokens.partnerApp()).when().get("/api/v1/assessments/export.csv")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.undpStaff()).when().get("/api/v1/assessments/export.csv")
                .then().statusCode(200);
    }

    @Test
    void theSummaryCountsEachMinistrysLatestValidatedAssessmentOnlyAndHasNoFreeText() {
        Assessments.validated("MOI-KRG", 1);
        String latest = Assessments.validated("MOI-KRG", 2);
        Assessments.submitted("MOH-KRG", 5);
        var summary = given().auth().oauth2(TestTokens.partnerApp())
                .when().get("/api/v1/readiness/summary?government=KRG")
                .then().statusCode(200)
                .body("governmentCode", equalTo("KRG"))
                .body("ministries.code", hasItem("MOI-KRG"))
                .body("ministries.find { it.code == 'MOI-KRG' }.overall", equalTo(40.0f))
                .body("ministries.find { it.code == 'MOI-KRG' }.level", equalTo("EMERGING"))
                .body("ministries.government", not(hasItem("FEDERAL_IRAQ")))
                .body("areas.size()", equalTo(8))
                .extract().asString();
        assertTrue(!summary.contains("Document "), "no evidence text in aggregates");
        assertTrue(!summary.contains(latest), "no assessment ids in aggregates");
        Map<String, Object> moh = given().auth().oauth2(TestTokens.partnerApp())
                .when().get("/api/v1/readiness/summary?government=KRG")
                .then().extract().path("ministries.find { it.code == 'MOH-KRG' }");
        assertEquals(null, moh, "a submitted assessment is not counted");
    }

    @Test
    void anUnknownGovernmentIs400() {
        given().auth().oauth2(TestTokens.partnerApp()).when().get("/api/v1/readiness/summary?government=EU")
                .then().statusCode(400).body("errors[0].field", equalTo("government"));
    }
}
