package modernization.catalog.option;

import static io.restassured.RestAssured.given;
import static modernization.catalog.option.OptionRequests.OPTIONS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Filters, full-text search in the served language, paging, ordering and list ETags. */
@QuarkusTest
class DesignOptionSearchTest {

    @Test
    void shouldFindAnOptionByAnEnglishWordInItsSummaryWithStemming() {
        String word = uniqueWord();
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("summary", Map.of("en", "Ministries publish their " + word + " reports every quarter."));
        String id = OptionRequests.createPublished(body);
        given().auth().oauth2(TestTokens.partnerApp())
                .queryParam("q", word + " report")
                .when().get(OPTIONS)
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("id", contains(id));
    }

    @Test
    void shouldFindArabicTextWithAnArabicQueryWhenArabicIsServed() {
        String word = arabicWord();
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("title", Map.of("en", "Merit boards", "ar", "مجالس " + word + " للجدارة", "ckb", "ئەنجومەنی شایستەیی"));
        String id = OptionRequests.createPublished(body);
        given().auth().oauth2(TestTokens.ministryUser("MOP-FED"))
                .header("Accept-Language", "ar")
                .queryParam("q", word)
                .when().get(OPTIONS)
                .then().statusCode(200)
                .header("Content-Language", "ar")
                .body("id", contains(id))
                .body("[0].title", containsString(word))
                .body("[0].dir", equalTo("rtl"));
        // the same word is not English text
        given().auth().oauth2(TestTokens.ministryUser("MOP-FED"))
                .queryParam("q", word)
                .when().get(OPTIONS)
                .then().statusCode(200)
                .header("X-Total-Count", "0");
    }

    @Test
    void shouldFindKurdishTextWithAKurdishQuery() {
        String word = arabicWord();
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("title", Map.of("en", "Kurdish title test", "ar", "اختبار", "ckb", "ئەنجومەنی " + word));
        String id = OptionRequests.createPublished(body);
        given().auth().oauth2(TestTokens.partnerApp())
                .queryParam("lang", "ckb")
                .queryParam("q", word)
                .when().get(OPTIONS)
                .then().statusCode(200)
                .body("id", contains(id));
    }

    @Test
    void shouldSearchTheEnglishTextOfAFieldThatHasNoTranslation() {
        String word = uniqueWord();
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("description", Map.of("en", "Only English here: " + word));
        String id = OptionRequests.createPublished(body);
        given().auth().oauth2(TestTokens.partnerApp())
                .header("Accept-Language", "ar")
                .queryParam("q", word)
                .when().get(OPTIONS)
                .then().statusCode(200)
                .body("id", contains(id));
    }

    @Test
    void shouldFilterByDimensionPillarCountryAndStatus() {
        String word = uniqueWord();
        Map<String, Object> a = OptionRequests.valid(OptionRequests.uniqueCode());
        a.put("summary", Map.of("en", word + " alpha"));
        a.put("dimension", "MOBILITY");
        a.put("pillars", List.of("COLLABORATION"));
        a.put("countries", List.of("NL"));
        String idA = OptionRequests.createPublished(a);
        Map<String, Object> b = OptionRequests.valid(OptionRequests.uniqueCode());
        b.put("summary", Map.of("en", word + " beta"));
        String idB = OptionRequests.create(b).path("id");

        given().auth().oauth2(TestTokens.advisor()).queryParam("q", word).queryParam("dimension", "MOBILITY")
                .when().get(OPTIONS).then().statusCode(200).body("id", contains(idA));
        given().auth().oauth2(TestTokens.advisor()).queryParam("q", word).queryParam("pillar", "COLLABORATION")
                .when().get(OPTIONS).then().body("id", contains(idA));
        given().auth().oauth2(TestTokens.advisor()).queryParam("q", word).queryParam("country", "NL")
                .when().get(OPTIONS).then().body("id", contains(idA));
        given().auth().oauth2(TestTokens.advisor()).queryParam("q", word).queryParam("status", "DRAFT")
                .when().get(OPTIONS).then().body("id", contains(idB));
        // readers never see the draft, whatever they filter on
        given().auth().oauth2(TestTokens.partnerApp()).queryParam("q", word)
                .when().get(OPTIONS).then().body("id", contains(idA));
        given().auth().oauth2(TestTokens.partnerApp()).queryParam("q", word).queryParam("status", "DRAFT")
                .when().get(OPTIONS).then().header("X-Total-Count", "0");
    }

    @Test
    void shouldListSeededPublishedOptionsWithPagingLinksAndTotal() {
        var response = given().auth().oauth2(TestTokens.partnerApp())
                .when().get(OPTIONS + "?status=PUBLISHED&size=10&page=1")
                .then().statusCode(200)
                .header("Link", containsString("rel=\"prev\""))
                .header("Link", containsString("rel=\"next\""))
                .body("size()", equalTo(10))
                .body("status", everyItem(equalTo("PUBLISHED")))
                .extract();
        org.junit.jupiter.api.Assertions.assertTrue(Integer.parseInt(response.header("X-Total-Count")) >= 30);
    }

    @Test
    void shouldSortByTitleInTheServedLanguage() {
        List<String> titles = given().auth().oauth2(TestTokens.partnerApp())
                .when().get(OPTIONS + "?dimension=TENURE&sort=title")
                .then().statusCode(200).extract().path("title");
        java.text.Collator english = java.text.Collator.getInstance(java.util.Locale.ENGLISH);
        org.junit.jupiter.api.Assertions.assertEquals(titles.stream().sorted(english).toList(), titles);
        List<String> descending = new java.util.ArrayList<>(given().auth().oauth2(TestTokens.partnerApp())
                .when().get(OPTIONS + "?dimension=TENURE&sort=-title")
                .then().statusCode(200).extract().<List<String>>path("title"));
        java.util.Collections.reverse(descending);
        org.junit.jupiter.api.Assertions.assertEquals(titles, descending);
    }

    @Test
    void shouldSortByUpdatedAtNewestFirst() {
        String word = uniqueWord();
        Map<String, Object> first = OptionRequests.valid(OptionRequests.uniqueCode());
        first.put("summary", Map.of("en", word + " first"));
        String older = OptionRequests.createPublished(first);
        Map<String, Object> second = OptionRequests.valid(OptionRequests.uniqueCode());
        second.put("summary", Map.of("en", word + " second"));
        String newer = OptionRequests.createPublished(second);
        given().auth().oauth2(TestTokens.partnerApp()).queryParam("q", word).queryParam("sort", "-updatedAt")
                .when().get(OPTIONS).then().body("id", contains(newer, older));
    }

    @Test
    void shouldAnswer304ForAnUnchangedListAnd200OnceItChanged() {
        String etag = given().auth().oauth2(TestTokens.advisor())
                .when().get(OPTIONS + "?dimension=PAY")
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.advisor()).header("If-None-Match", etag)
                .when().get(OPTIONS + "?dimension=PAY")
                .then().statusCode(304);
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("dimension", "PAY");
        OptionRequests.create(body);
        given().auth().oauth2(TestTokens.advisor()).header("If-None-Match", etag)
                .when().get(OPTIONS + "?dimension=PAY")
                .then().statusCode(200)
                .header("ETag", not(equalTo(etag)));
    }

    @Test
    void shouldListSummariesInKurdishWithFallbackForUntranslatedFields() {
        given().auth().oauth2(TestTokens.partnerApp())
                .header("Accept-Language", "ckb, ar;q=0.8")
                .when().get(OPTIONS + "?dimension=GOVERNANCE")
                .then().statusCode(200)
                .header("Content-Language", "ckb")
                .body("lang", everyItem(equalTo("ckb")))
                .body("dir", hasItem("rtl"))
                .body("code", hasItems(org.hamcrest.Matchers.startsWith("GOV")));
    }

    private static String uniqueWord() {
        return "zq" + Long.toString(System.nanoTime(), 36);
    }

    /** A word of Arabic letters no other test data contains. */
    private static String arabicWord() {
        String letters = "بتثجحخدذرزسشصضطظ";
        StringBuilder word = new StringBuilder("ق");
        for (char c : Long.toHexString(System.nanoTime()).toCharArray()) {
            word.append(letters.charAt(Character.digit(c, 16)));
        }
        return word.toString();
    }
}
