package modernization.assessment.assessment;

import static io.restassured.RestAssured.given;
import static modernization.assessment.assessment.Assessments.ASSESSMENTS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A ministry system shows a problem to its users: title, detail and every field message come in
 * the language the request asked for (?lang= or Accept-Language), which Content-Language names;
 * codes, pointers and criteria stay the same in every language.
 */
@QuarkusTest
class LocalizedProblemsTest {

    private static final String KRG = TestTokens.ministryUser("MOP-KRG");
    /** Arabic letters, the script of Arabic and Central Kurdish alike. */
    private static final String ARABIC_SCRIPT = "(?s).*[\\u0600-\\u06FF].*";
    private static final String NO_LATIN_WORD = "(?s)(?!.*\\b(?:the|must|is|not|has)\\b).*";

    @Test
    void anIncompleteSubmissionIsExplainedInArabicWithTheSameCodesAndCriteria() {
        String id = Assessments.create(KRG, Assessments.request("MOP-KRG", Assessments.uniquePeriod(), List.of())).path("id");
        given().auth().oauth2(KRG).header("Accept-Language", "ar").when().post(ASSESSMENTS + "/" + id + "/submit")
                .then().statusCode(422).contentType("application/problem+json").header("Content-Language", "ar")
                .body("title", equalTo("تعذّرت معالجة المحتوى"))
                .body("detail", matchesPattern(ARABIC_SCRIPT))
                .body("detail", matchesPattern(NO_LATIN_WORD))
                .body("errors.message", everyItem(matchesPattern(ARABIC_SCRIPT)))
                .body("errors.find { it.criterion == 'LEGAL.CIVIL_SERVICE_LAW' }.code", equalTo("required"))
                .body("errors.find { it.criterion == 'LEGAL.CIVIL_SERVICE_LAW' }.pointer", equalTo("/answers"));
    }

    @Test
    void aLevelOutOfRangeIsExplainedInCentralKurdish() {
        String id = Assessments.create(KRG, Assessments.request("MOP-KRG", Assessments.uniquePeriod(), List.of())).path("id");
        String etag = given().auth().oauth2(KRG).when().get(ASSESSMENTS + "/" + id).then().extract().header("ETag");
        given().auth().oauth2(KRG).queryParam("lang", "ckb").header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("criterionCode", "MERIT.OPEN_ADVERTISING", "level", 9))))
                .when().put(ASSESSMENTS + "/" + id + "/answers")
                .then().statusCode(400).header("Content-Language", "ckb")
                .body("title", equalTo("زانیارییەکانی داواکاری نادروستن"))
                .body("errors[0].pointer", equalTo("/answers/0/level"))
                .body("errors[0].code", equalTo("out_of_range"))
                .body("errors[0].message", matchesPattern(ARABIC_SCRIPT))
                .body("errors[0].message", not(equalTo("must be between 0 and 5")));
    }

    @Test
    void aBuiltInConstraintsMessageIsTranslatedWithItsBounds() {
        // size is @Max(100) on the list: Hibernate Validator's own constraint, with common's translation
        given().auth().oauth2(TestTokens.undpStaff()).header("Accept-Language", "ar").when().get(ASSESSMENTS + "?size=1000")
                .then().statusCode(400).header("Content-Language", "ar")
                .body("errors[0].parameter", equalTo("size"))
                .body("errors[0].message", matchesPattern(ARABIC_SCRIPT))
                .body("errors[0].message", containsString("100"));
    }

    @Test
    void truncatedJsonIsExplainedInArabicWithItsLineAndColumn() {
        given().auth().oauth2(KRG).header("Accept-Language", "ar;q=0.9, en;q=0.5").contentType(ContentType.JSON)
                .body("{\"ministryCode\":\"MOP-KRG\",\n\"answers\":[")
                .when().post(ASSESSMENTS)
                .then().statusCode(400).header("Content-Language", "ar")
                .body("title", equalTo("طلب غير صالح"))
                .body("detail", containsString("السطر 2"))
                .body("errors[0].code", equalTo("invalid_format"));
    }

    @Test
    void anUnknownAssessmentIsNotFoundInCentralKurdish() {
        given().auth().oauth2(KRG).queryParam("lang", "ckb").when().get(ASSESSMENTS + "/" + UUID.randomUUID())
                .then().statusCode(404).header("Content-Language", "ckb")
                .body("title", equalTo("نەدۆزرایەوە"))
                .body("detail", matchesPattern(ARABIC_SCRIPT));
    }

    @Test
    void withoutALanguageAProblemStaysEnglish() {
        given().auth().oauth2(KRG).when().get(ASSESSMENTS + "/" + UUID.randomUUID())
                .then().statusCode(404).header("Content-Language", "en")
                .body("title", equalTo("Not Found"))
                .body("detail", matchesPattern("No assessment [0-9a-f-]{36}\\."));
    }
}
