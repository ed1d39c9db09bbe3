package modernization.catalog.glossary;

import io.quarkus.test.junit.QuarkusTest;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class GlossaryResourceTest {

    private static final String GLOSSARY = "/api/v1/glossary";

    @Test
    void everyRoleReadsAtLeastFortyTermsInTheGlossarysOrder() {
        for (String token : new String[] {TestTokens.partnerApp(), TestTokens.ministryUser("MOP-KRG"),
                TestTokens.advisor(), TestTokens.undpStaff()}) {
            given().auth().oauth2(token).queryParam("size", 100)
                    .when().get(GLOSSARY)
                    .then().statusCode(200)
                    .header("X-Total-Count", Integer::parseInt, org.hamcrest.Matchers.greaterThanOrEqualTo(40))
                    .body("[0].code", equalTo("SENIOR_EXECUTIVE_SERVICE"))
                    .body("code", hasItem("APPOINTEE"));
        }
    }

    @Test
    void aTermIsServedInTheAskedLanguageWithTheRenderingsNotToUse() {
        given().auth().oauth2(TestTokens.partnerApp()).queryParam("lang", "ckb").queryParam("size", 100)
                .when().get(GLOSSARY)
                .then().statusCode(200)
                .header("Content-Language", "ckb")
                .body("find { it.code == 'SENIOR_EXECUTIVE_SERVICE' }.term", equalTo("خزمەتی باڵای جێبەجێکاری"))
                .body("find { it.code == 'SENIOR_EXECUTIVE_SERVICE' }.dir", equalTo("rtl"))
                .body("find { it.code == 'SENIOR_EXECUTIVE_SERVICE' }.doNotUse.text", hasItem("خزمەتی کارگێڕیی باڵا"))
                .body("find { it.code == 'APPOINTEE' }.doNotUse.find { it.lang == 'ckb' }.text", equalTo("دامەزراوە"));
    }

    @Test
    void langAllGivesEachTermAndDefinitionInTheThreeLanguages() {
        given().auth().oauth2(TestTokens.advisor()).queryParam("lang", "all").queryParam("size", 100)
                .when().get(GLOSSARY)
                .then().statusCode(200)
                .header("Content-Language", org.hamcrest.Matchers.nullValue())
                .body("find { it.code == 'SPECIAL_GRADES' }.term.en", equalTo("special grades"))
                .body("find { it.code == 'SPECIAL_GRADES' }.term.ar", equalTo("الدرجات الخاصة"))
                .body("find { it.code == 'SPECIAL_GRADES' }.definition.ckb", notNullValue())
                .body("find { it.code == 'SPECIAL_GRADES' }", not(org.hamcrest.Matchers.hasKey("lang")));
    }

    @Test
    void theGlossaryIsPagedAndConditional() {
        var first = given().auth().oauth2(TestTokens.advisor()).queryParam("size", 10)
                .when().get(GLOSSARY)
                .then().statusCode(200).body("$", hasSize(10))
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""))
                .extract();
        given().auth().oauth2(TestTokens.advisor()).queryParam("size", 10).header("If-None-Match", first.header("ETag"))
                .when().get(GLOSSARY)
                .then().statusCode(304);
    }

    @Test
    void theGlossaryNeedsAToken() {
        given().when().get(GLOSSARY).then().statusCode(401);
    }
}
