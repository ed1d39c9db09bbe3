package modernization.systemtests;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the local Keycloak, for the demo accounts and the confidential clients. */
public final class Keycloak {

    public static final String URL = System.getProperty("keycloak.url", "http://localhost:8180");
    public static final String TOKEN_ENDPOINT = URL + "/realms/modernization/protocol/openid-connect/token";
    public static final String DEMO_PASSWORD = "demo-password";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Keycloak() {
    }

    /** A token for a demo user, by the password grant of the public client {@code modernization-cli}. */
    public static String tokenFor(String username) {
        return TOKENS.computeIfAbsent(username, u -> given()
                .formParam("grant_type", "password")
                .formParam("client_id", "modernization-cli")
                .formParam("username", u)
                .formParam("password", DEMO_PASSWORD)
                .when().post(TOKEN_ENDPOINT)
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    /** A token of the partner-portal client, by the client-credentials grant. */
    public static String partnerPortalToken() {
        return TOKENS.computeIfAbsent("partner-portal", c -> clientCredentialsToken(c, "partner-portal-secret"));
    }

    /** A fresh token of a confidential client, by the client-credentials grant. */
    public static String clientCredentialsToken(String client, String secret) {
        return given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", client)
                .formParam("client_secret", secret)
                .when().post(TOKEN_ENDPOINT)
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
