package modernization.systemtests;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every item of a paged list, read page by page as UNDP staff. */
final class Pages {

    private static final int SIZE = 100;

    private Pages() {
    }

    static List<Map<String, Object>> all(String url) {
        List<Map<String, Object>> items = new ArrayList<>();
        String separator = url.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            List<Map<String, Object>> batch = given().auth().oauth2(Accounts.UNDP_STAFF.token())
                    .when().get(url + separator + "size=" + SIZE + "&page=" + page)
                    .then().statusCode(200).extract().jsonPath().getList("$");
            items.addAll(batch);
            if (batch.size() < SIZE) {
                return items;
            }
        }
    }
}
