package modernization.assessment.ministry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MinistryResourceTest {

    private static final String MINISTRIES = "/api/v1/ministries";

    @Test
    void shouldListSeededMinistriesOfBothGovernmentsWithPagingHeaders() {
        given().auth().oauth2(TestTokens.partnerApp())
                .when().get(MINISTRIES + "?size=100")
                .then().statusCode(200)
                .header("X-Total-Count", notNullValue())
                .header("Link", containsString("rel=\"first\""))
                .header("Content-Language", "en")
                .body("code", hasItems("MOP-FED", "MOP-KRG", "MOF-FED", "MOF-KRG", "MOI-FED", "MOI-KRG",
                        "MOH-FED", "MOH-KRG", "MOE-FED", "MOE-KRG", "MOHE-FED", "MOHE-KRG"))
                .body("find { it.code == 'MOP-KRG' }.government", equalTo("KRG"))
                .body("find { it.code == 'MOP-KRG' }.dir", equalTo("ltr"));
    }

    @Test
    void shouldPageWithNextLinkAndTotal() {
        given().auth().oauth2(TestTokens.advisor())
                .when().get(MINISTRIES + "?page=0&size=5")
                .then().statusCode(200)
                .body("$", hasSize(5))
                .header("X-Total-Count", org.hamcrest.Matchers.matchesPattern("\\d+"))
                .header("Link", containsString("page=1&size=5>; rel=\"next\""));
    }

    @Test
    void shouldFilterByGovernment() {
        given().auth().oauth2(TestTokens.ministryUser("MOP-KRG"))
                .when().get(MINISTRIES + "?government=KRG&size=100")
                .then().statusCode(200)
                .body("government", everyItem(equalTo("KRG")))
                .body("size()", greaterThanOrEqualTo(6));
    }

    @Test
    void shouldServeArabicWhenAcceptLanguagePrefersIt() {
        given().auth().oauth2(TestTokens.advisor())
                .header("Accept-Language", "fr;q=1.0, ar;q=0.9, en;q=0.5")
                .when().get(MINISTRIES + "/MOP-FED")
                .then().statusCode(200)
                .header("Content-Language", "ar")
                .body("name", equalTo("وزارة التخطيط (الحكومة الاتحادية)"))
                .body("dir", equalTo("rtl"));
    }

    @Test
    void shouldServeKurdishWhenLangParameterAsksForIt() {
        given().auth().oauth2(TestTokens.advisor())
                .header("Accept-Language", "ar")
                .when().get(MINISTRIES + "/MOP-KRG?lang=ckb")
                .then().statusCode(200)
                .header("Content-Language", "ckb")
                .body("name", equalTo("وەزارەتی پلاندانان (حکومەتی هەرێمی کوردستان)"));
    }

    @Test
    void shouldReturnProblemJson404ForUnknownMinistry() {
        given().auth().oauth2(TestTokens.advisor())
                .when().get(MINISTRIES + "/MOX-NONE")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", containsString("MOX-NONE"))
                .body("instance", equalTo(MINISTRIES + "/MOX-NONE"));
    }

    @Test
    void shouldReturn400ProblemWithFieldErrorsForInvalidPaging() {
        given().auth().oauth2(TestTokens.advisor())
                .when().get(MINISTRIES + "?size=1000&page=-1")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("page", "size"));
    }

    @Test
    void shouldRegisterMinistryAsUndpStaff() {
        String code = "MOT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().auth().oauth2(TestTokens.undpStaff())
                .contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "government": "KRG",
                         "name": {"en": "Ministry of Transport", "ar": "وزارة النقل"}}""".formatted(code))
                .when().post(MINISTRIES)
                .then().statusCode(201)
                .header("Location", containsString(MINISTRIES + "/" + code))
                .body("code", equalTo(code));

        given().auth().oauth2(TestTokens.partnerApp())
                .header("Accept-Language", "ckb")
                .when().get(MINISTRIES + "/" + code)
                .then().statusCode(200)
                .body("name", equalTo("Ministry of Transport"))
                .body("government", equalTo("KRG"));
    }

    @Test
    void shouldReturn409WhenMinistryCodeIsTaken() {
        given().auth().oauth2(TestTokens.undpStaff())
                .contentType(ContentType.JSON)
                .body("""
                        {"code": "MOP-KRG", "government": "KRG", "name": {"en": "Duplicate"}}""")
                .when().post(MINISTRIES)
                .then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void shouldReturn400WhenEnglishNameIsMissing() {
        given().auth().oauth2(TestTokens.undpStaff())
                .contentType(ContentType.JSON)
                .body("""
                        {"code": "MOX-KRG", "government": "KRG", "name": {"ar": "وزارة"}}""")
                .when().post(MINISTRIES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("name.en"));
    }

    @Test
    void shouldReturn400ProblemForMalformedJson() {
        given().auth().oauth2(TestTokens.undpStaff())
                .contentType(ContentType.JSON)
                .body("{\"code\": \"MOX-KRG\", ")
                .when().post(MINISTRIES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void shouldReturn400ProblemForUnknownGovernment() {
        given().auth().oauth2(TestTokens.undpStaff())
                .contentType(ContentType.JSON)
                .body("""
                        {"code": "MOX-KRG", "government": "MARS", "name": {"en": "x"}}""")
                .when().post(MINISTRIES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("government"));
    }

    @Test
    void shouldReturn415ProblemForWrongContentType() {
        given().auth().oauth2(TestTokens.undpStaff())
                .contentType(ContentType.TEXT)
                .body("code=MOX")
                .when().post(MINISTRIES)
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void shouldForbidAdvisorFromRegisteringMinistries() {
        given().auth().oauth2(TestTokens.advisor())
                .contentType(ContentType.JSON)
                .body("""
                        {"code": "MOX-KRG", "government": "KRG", "name": {"en": "x"}}""")
                .when().post(MINISTRIES)
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldForbidMinistryUserFromRegisteringMinistries() {
        given().auth().oauth2(TestTokens.ministryUser("MOP-KRG"))
                .contentType(ContentType.JSON)
                .body("""
                        {"code": "MOX-KRG", "government": "KRG", "name": {"en": "x"}}""")
                .when().post(MINISTRIES)
                .then().statusCode(403);
    }
}
