package modernization.catalog.country;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CountryModelResourceTest {

    private static final String COUNTRIES = "/api/v1/country-models";

    @Test
    void shouldListTheEightCountryModelsWithSources() {
        given().auth().oauth2(TestTokens.partnerApp())
                .when().get(COUNTRIES)
                .then().statusCode(200)
                .header("X-Total-Count", "8")
                .body("code", contains("AU", "CA", "CL", "GB", "KR", "NL", "NZ", "US"))
                .body("sources.collect { it.size() }", everyItem(greaterThanOrEqualTo(1)));
    }

    @Test
    void shouldKeepTheFactsOfTheUnitedStates() {
        given().auth().oauth2(TestTokens.ministryUser("MOP-KRG"))
                .when().get(COUNTRIES + "/US")
                .then().statusCode(200)
                .body("systemName", org.hamcrest.Matchers.startsWith("Senior Executive Service"))
                .body("established", containsString("1978"))
                .body("size", containsString("8,800"))
                .body("facts.size.year", equalTo(2025))
                .body("facts.size.sourceRefs", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                .body("facts.established.sourceRefs", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                .body("centralBody", containsString("OPM"))
                .body("choices.find { it.dimension == 'ENTRY_SELECTION' }.optionCode", equalTo("ENTRY_CENTRAL_CERTIFICATION"))
                .body("choices.sourceRefs", everyItem(org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty())))
                .body("womenInSeniorPosts.year", notNullValue())
                .body("choices.find { it.dimension == 'RANK' }.optionCode", notNullValue())
                .body("choices.find { it.dimension == 'RANK' }.optionTitle", notNullValue());
    }

    @Test
    void everyFactOfEveryCountryNamesSourcesItLists() {
        var countries = given().auth().oauth2(TestTokens.partnerApp()).when().get(COUNTRIES)
                .then().statusCode(200).extract().jsonPath();
        for (int i = 0; i < 8; i++) {
            java.util.List<String> ids = countries.getList("[" + i + "].sources.id");
            for (String fact : java.util.List.of("established", "size", "centralBody", "traits")) {
                java.util.List<String> refs = countries.getList("[" + i + "].facts." + fact + ".sourceRefs");
                org.junit.jupiter.api.Assertions.assertFalse(refs.isEmpty(), countries.getString("[" + i + "].code") + "." + fact);
                org.junit.jupiter.api.Assertions.assertTrue(ids.containsAll(refs), countries.getString("[" + i + "].code") + "." + fact);
            }
        }
    }

    @Test
    void shouldServeCountryNamesInKurdish() {
        given().auth().oauth2(TestTokens.partnerApp())
                .queryParam("lang", "ckb")
                .when().get(COUNTRIES + "/NL")
                .then().statusCode(200)
                .header("Content-Language", "ckb")
                .body("dir", equalTo("rtl"))
                .body("name", org.hamcrest.Matchers.matchesPattern(".*[\\u0600-\\u06FF].*"));
    }

    @Test
    void shouldCompareCountriesDimensionByDimensionInTheOrderAsked() {
        given().auth().oauth2(TestTokens.advisor())
                .when().get(COUNTRIES + "/compare?codes=CA,GB,US")
                .then().statusCode(200)
                .body("countries.code", contains("CA", "GB", "US"))
                .body("rows", hasSize(12))
                .body("rows[0].dimension", equalTo("SCOPE"))
                .body("rows.cells", everyItem(hasSize(3)))
                .body("rows[0].cells.country", contains("CA", "GB", "US"))
                .body("rows.find { it.dimension == 'RANK' }.cells.find { it.country == 'US' }.optionCode", notNullValue());
    }

    @Test
    void shouldReturn404NamingAnUnknownCountryInAComparison() {
        given().auth().oauth2(TestTokens.advisor())
                .when().get(COUNTRIES + "/compare?codes=CA,FR,JP")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("FR"))
                .body("detail", containsString("JP"));
    }

    @Test
    void shouldReturn400ForMoreThanEightCodes() {
        given().auth().oauth2(TestTokens.advisor())
                .when().get(COUNTRIES + "/compare?codes=US,GB,AU,CA,NL,KR,CL,NZ,FR")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("codes"));
    }

    @Test
    void shouldReturn400ForMissingOrMalformedCodes() {
        given().auth().oauth2(TestTokens.advisor()).when().get(COUNTRIES + "/compare")
                .then().statusCode(400).body("errors[0].field", equalTo("codes"));
        given().auth().oauth2(TestTokens.advisor()).when().get(COUNTRIES + "/compare?codes=usa")
                .then().statusCode(400).body("errors[0].field", equalTo("codes"));
    }

    @Test
    void shouldReturn404ForAnUnknownCountryModel() {
        given().auth().oauth2(TestTokens.partnerApp()).when().get(COUNTRIES + "/FR")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldAnswer304ForAnUnchangedComparison() {
        String etag = given().auth().oauth2(TestTokens.partnerApp()).when().get(COUNTRIES + "/compare?codes=NL,NZ")
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.partnerApp()).header("If-None-Match", etag)
                .when().get(COUNTRIES + "/compare?codes=NL,NZ").then().statusCode(304);
    }
}
