package modernization.catalog.option;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static modernization.catalog.option.OptionRequests.OPTIONS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/** An option's sources, what adopting it takes in each government's law, and its risks there. */
@QuarkusTest
class OptionSourcesAndLegalGroundTest {

    private static final Map<String, Object> SOURCE = Map.of("title", "Government at a Glance 2011", "publisher", "OECD",
            "year", 2011, "doi", "10.1787/gov_glance-2011-en", "supports", "an example", "verified", true,
            "checkedAt", "https://doi.org/10.1787/gov_glance-2011-en");

    @Test
    void aSeededOptionShowsItsSourcesItsLegalBasisPerGovernmentAndItsRisks() {
        String id = seededId("TENURE_FIXED_TERM_RENEWABLE");
        given().auth().oauth2(TestTokens.partnerApp())
                .when().get(OPTIONS + "/" + id)
                .then().statusCode(200)
                .body("sources.size()", greaterThanOrEqualTo(1))
                .body("sources.title", everyItem(notNullValue()))
                .body("sources.verified", everyItem(notNullValue()))
                .body("legalBasis.government", hasItems("FEDERAL_IRAQ", "KRG"))
                .body("legalBasis.instrumentCode", everyItem(matchesPattern("^(IQ|KRG)_[A-Z0-9_]+$")))
                .body("legalBasis.action", everyItem(matchesPattern("NEW_LAW|AMENDMENT|REGULATION|CABINET_DECISION")))
                .body("legalBasis.instrumentTitle", everyItem(notNullValue()))
                .body("risks.size()", greaterThanOrEqualTo(1))
                .body("risks.collect { it.sources.size() }", everyItem(greaterThanOrEqualTo(1)));
    }

    @Test
    void legalBasisNotesAndRisksAreServedInTheAskedLanguage() {
        String id = seededId("TENURE_FIXED_TERM_RENEWABLE");
        given().auth().oauth2(TestTokens.ministryUser("MOP-KRG")).queryParam("lang", "ar")
                .when().get(OPTIONS + "/" + id)
                .then().statusCode(200)
                .body("legalBasis[0].note", matchesPattern("(?s).*[\\u0600-\\u06FF].*"))
                .body("legalBasis[0].instrumentTitle", matchesPattern("(?s).*[\\u0600-\\u06FF].*"))
                .body("risks[0].description", matchesPattern("(?s).*[\\u0600-\\u06FF].*"));
    }

    @Test
    void anAdviserWritesSourcesLegalBasisAndRisksAndReadsThemBack() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("sources", List.of(SOURCE));
        body.put("legalBasis", List.of(Map.of("government", "FEDERAL_IRAQ", "instrumentCode", "IQ_FPSC_LAW_4_2009",
                "action", "AMENDMENT", "note", Map.of("en", "The council's law gives the panel its mandate."))));
        body.put("risks", List.of(Map.of("government", "BOTH", "description", Map.of("en", "Acting appointments bypass it."),
                "sources", List.of(SOURCE))));
        String id = OptionRequests.create(body).path("id");
        given().auth().oauth2(TestTokens.advisor())
                .when().get(OPTIONS + "/" + id)
                .then().statusCode(200)
                .body("sources[0].doi", equalTo("10.1787/gov_glance-2011-en"))
                .body("sources[0].verified", equalTo(true))
                .body("legalBasis[0].action", equalTo("AMENDMENT"))
                .body("legalBasis[0].instrumentTitle", equalTo("Federal Public Service Council Law No. 4 of 2009"))
                .body("legalBasis[0].note", equalTo("The council's law gives the panel its mandate."))
                .body("risks[0].government", equalTo("BOTH"))
                .body("risks[0].sources[0].title", equalTo("Government at a Glance 2011"));
    }

    @Test
    void anOptionWithoutThemHasEmptyLists() {
        String id = OptionRequests.create(OptionRequests.valid(OptionRequests.uniqueCode())).path("id");
        given().auth().oauth2(TestTokens.advisor())
                .when().get(OPTIONS + "/" + id)
                .then().statusCode(200)
                .body("sources", hasSize(0))
                .body("legalBasis", hasSize(0))
                .body("risks", hasSize(0));
    }

    @Test
    void aLegalBasisNamingNoInstrumentIs422NamingTheField() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("legalBasis", List.of(Map.of("government", "KRG", "instrumentCode", "KRG_NO_SUCH_LAW",
                "action", "NEW_LAW")));
        post(body).then().statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("legalBasis[0].instrumentCode"))
                .body("errors[0].message", containsString("KRG_NO_SUCH_LAW"));
    }

    @Test
    void aFederalLegalBasisOnAnInstrumentOfTheKrgIs422() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("legalBasis", List.of(Map.of("government", "FEDERAL_IRAQ", "instrumentCode", "KRG_REFORM_LAW_2_2020",
                "action", "AMENDMENT")));
        post(body).then().statusCode(422)
                .body("errors[0].field", equalTo("legalBasis[0].instrumentCode"))
                .body("errors[0].message", containsString("KRG"));
    }

    @Test
    void aSourceWithNeitherUrlNorDoiAndARiskWithoutSourcesAre400() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("sources", List.of(Map.of("title", "A report somebody mentioned")));
        body.put("risks", List.of(Map.of("government", "KRG", "description", Map.of("en", "Unsourced"),
                "sources", List.of())));
        post(body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("sources[0].urlOrDoi", "risks[0].sources"));
    }

    private static io.restassured.response.Response post(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(body)
                .when().post(OPTIONS);
    }

    private static String seededId(String code) {
        return given().auth().oauth2(TestTokens.advisor()).queryParam("size", 100)
                .when().get(OPTIONS)
                .then().statusCode(200)
                .extract().path("find { it.code == '" + code + "' }.id");
    }
}
