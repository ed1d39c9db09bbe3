package modernization.catalog.legal;

import io.quarkus.test.junit.QuarkusTest;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class LegalInstrumentResourceTest {

    private static final String INSTRUMENTS = "/api/v1/legal-instruments";

    @Test
    void everyRoleReadsTheInstrumentsOfBothGovernmentsWithTheirSources() {
        given().auth().oauth2(TestTokens.partnerApp()).queryParam("size", 100)
                .when().get(INSTRUMENTS)
                .then().statusCode(200)
                .body("code", hasItems("IQ_CONSTITUTION_2005", "IQ_CIVIL_SERVICE_LAW_24_1960", "IQ_FPSC_LAW_4_2009",
                        "IQ_SALARIES_LAW_22_2008", "IQ_DISCIPLINE_LAW_14_1991"))
                .body("jurisdiction", hasItems("FEDERAL_IRAQ", "KRG"))
                .body("sources.collect { it.size() }", everyItem(greaterThanOrEqualTo(1)))
                .body("sources.flatten().title", everyItem(not(emptyOrNullString())));
    }

    @Test
    void theListIsFilteredByJurisdiction() {
        given().auth().oauth2(TestTokens.ministryUser("MOP-KRG")).queryParam("jurisdiction", "KRG")
                .when().get(INSTRUMENTS)
                .then().statusCode(200)
                .body("jurisdiction", everyItem(equalTo("KRG")));
    }

    @Test
    void anUnknownJurisdictionIs400NamingTheKnownOnes() {
        given().auth().oauth2(TestTokens.advisor()).queryParam("jurisdiction", "BAGHDAD")
                .when().get(INSTRUMENTS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("FEDERAL_IRAQ"));
    }

    @Test
    void oneInstrumentIsServedInArabicWithItsNumberAndYear() {
        given().auth().oauth2(TestTokens.advisor()).queryParam("lang", "ar")
                .when().get(INSTRUMENTS + "/IQ_FPSC_LAW_4_2009")
                .then().statusCode(200)
                .header("Content-Language", "ar")
                .body("kind", equalTo("LAW"))
                .body("number", equalTo("4"))
                .body("year", equalTo(2009))
                .body("title", containsString("مجلس الخدمة العامة الاتحادي"))
                .body("dir", equalTo("rtl"));
    }

    @Test
    void theConstitutionHasNoNumber() {
        given().auth().oauth2(TestTokens.advisor())
                .when().get(INSTRUMENTS + "/IQ_CONSTITUTION_2005")
                .then().statusCode(200)
                .body("kind", equalTo("CONSTITUTION"))
                .body("number", org.hamcrest.Matchers.nullValue())
                .body("relevance", containsString("Article 61"));
    }

    @Test
    void anUnknownInstrumentIs404() {
        given().auth().oauth2(TestTokens.advisor())
                .when().get(INSTRUMENTS + "/IQ_NO_SUCH_LAW")
                .then().statusCode(404)
                .body("detail", containsString("IQ_NO_SUCH_LAW"));
    }
}
