package modernization.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Token attacks, through the gateway and directly on each service: expired, another realm's, wrong and missing audience,
 * {@code alg: none}, HS256 signed with the realm's public key, a tampered payload and an edited {@code ministry} claim
 * are all 401 problems with a {@code WWW-Authenticate: Bearer ... invalid_token} challenge. Each attack is checked
 * against a control: mop-krg-demo's genuine token is 200 on the same target, so no attack can pass for a wrong reason.
 *
 * <p>The expired and wrong-audience tokens carry genuine Keycloak signatures. They come from two clients of the demo
 * realm that exist for this test only: {@code token-expiry-probe} (like {@code modernization-cli}, access tokens live
 * 10 s) and {@code no-audience-probe} (like {@code modernization-cli}, but its tokens are for {@code other-api}).
 *
 * <p>After the run, the attack × target matrix is printed as a Markdown table for docs/SECURITY.md.
 */
class TokenAttacksIT {

    static final String REALM = Keycloak.URL + "/realms/modernization";
    static final String OTHER_REALM = Keycloak.URL + "/realms/other";
    static final String AUDIENCE = "modernization-api";
    static final String USER = "mop-krg-demo";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** Where a bearer token is checked: the gateway, on each route, and each service directly. */
    enum Target {
        GATEWAY_PILLARS("gateway `/pillars`", PlatformIT.GATEWAY + "/api/v1/pillars"),
        GATEWAY_MINISTRIES("gateway `/ministries`", PlatformIT.GATEWAY + "/api/v1/ministries"),
        GATEWAY_ASSESSMENTS("gateway `/assessments`", PlatformIT.GATEWAY + "/api/v1/assessments"),
        GATEWAY_ROADMAPS("gateway `/roadmaps`", PlatformIT.GATEWAY + "/api/v1/roadmaps"),
        CATALOG_PILLARS("catalog :8081 `/pillars`", "http://localhost:8081/api/v1/pillars"),
        ASSESSMENT_MINISTRIES("assessment :8082 `/ministries`", "http://localhost:8082/api/v1/ministries"),
        ASSESSMENT_ASSESSMENTS("assessment :8082 `/assessments`", "http://localhost:8082/api/v1/assessments"),
        ROADMAP_ROADMAPS("roadmap :8083 `/roadmaps`", "http://localhost:8083/api/v1/roadmaps");

        final String label;
        final String url;

        Target(String label, String url) {
            this.label = label;
            this.url = url;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The forged, foreign or stale tokens, each of them built from (or obtained like) mop-krg-demo's genuine token. */
    enum Attack {
        EXPIRED("expired (genuine Keycloak signature, `token-expiry-probe`, 10 s lifespan)"),
        OTHER_REALM("token of another realm (`iss` …/realms/other, its own RSA key)"),
        WRONG_AUDIENCE("wrong audience (genuine Keycloak token for `other-api`, `no-audience-probe`)"),
        NO_AUDIENCE("no audience (genuine Keycloak token of the built-in `admin-cli`)"),
        ALG_NONE("`alg: none`, empty signature"),
        HS256_PUBLIC_KEY_PEM("HS256 signed with the realm's RSA public key (PEM text as HMAC key)"),
        HS256_PUBLIC_KEY_DER("HS256 signed with the realm's RSA public key (DER bytes as HMAC key)"),
        TAMPERED_ROLES("tampered payload (`undp-staff` added to `realm_access.roles`), signature kept"),
        EDITED_MINISTRY("`ministry` claim edited (MOP-KRG → MOP-FED), signature kept");

        final String label;

        Attack(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The genuine token every attack is compared with: mop-krg-demo through {@code modernization-cli}. */
    private static String genuine;
    private static final Map<Attack, String> TOKENS = new EnumMap<>(Attack.class);
    /** Why an attack token could not be obtained (e.g. the running Keycloak predates the probe clients). */
    private static final Map<Attack, String> UNAVAILABLE = new EnumMap<>(Attack.class);
    /** The expiring token's status on each target while it was fresh: the control of the expired attack. */
    private static final Map<Target, Integer> EXPIRING_WHEN_FRESH = new EnumMap<>(Target.class);
    private static long expiredAfterMillis;

    private static final Map<Target, Integer> CONTROL = new ConcurrentHashMap<>();
    private static final Map<Attack, Map<Target, Integer>> RESULTS = new ConcurrentHashMap<>();

    @BeforeAll
    static void forgeTokens() throws Exception {
        RestAssured.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 10_000)
                .setParam("http.socket.timeout", 30_000));

        // first the expiring token, so that it is still fresh when it is checked on every target
        obtainExpiringToken();

        genuine = passwordGrant("modernization-cli", USER).then().statusCode(200).extract().path("access_token");
        Map<String, Object> header = header(genuine);
        Map<String, Object> claims = claims(genuine);
        assertEquals(REALM, claims.get("iss"));
        assertTrue(audiences(claims).contains(AUDIENCE), "the genuine token is for " + AUDIENCE);
        assertEquals("MOP-KRG", claims.get("ministry"));
        String otherMinistry = (String) claims(Accounts.MOP_FED.token()).get("ministry");
        assertNotNull(otherMinistry);
        assertNotEquals("MOP-KRG", otherMinistry);
        String[] parts = genuine.split("\\.");

        // another realm: the same claims, issued by .../realms/other and signed by that realm's own key
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair otherRealmKey = generator.generateKeyPair();
        Map<String, Object> otherClaims = new LinkedHashMap<>(claims);
        otherClaims.put("iss", OTHER_REALM);
        TOKENS.put(Attack.OTHER_REALM, signRs256(
                Map.of("alg", "RS256", "typ", "JWT", "kid", "other-realm-key"), otherClaims, otherRealmKey.getPrivate()));

        // wrong audience: a genuine Keycloak token of the same user, issued for other-api
        prepare(Attack.WRONG_AUDIENCE, () -> {
            Response response = passwordGrant("no-audience-probe", USER);
            assertEquals(200, response.statusCode(), () -> probeClientMissing("no-audience-probe", response));
            String token = response.path("access_token");
            Map<String, Object> wrongClaims = claims(token);
            assertEquals(REALM, wrongClaims.get("iss"));
            assertEquals(header.get("kid"), header(token).get("kid"), "signed by the realm's key");
            assertTrue(audiences(wrongClaims).contains("other-api"), "no-audience-probe's token is for other-api");
            assertFalse(audiences(wrongClaims).contains(AUDIENCE), "no-audience-probe's token is not for " + AUDIENCE);
            assertEquals("MOP-KRG", wrongClaims.get("ministry"), "otherwise the same claims as the genuine token");
            return token;
        });

        // no audience at all: a genuine Keycloak token of admin-cli, which Keycloak creates in every realm
        prepare(Attack.NO_AUDIENCE, () -> {
            Response response = passwordGrant("admin-cli", USER);
            assertEquals(200, response.statusCode(), () -> "admin-cli gave no token: " + response.asString());
            String token = response.path("access_token");
            assertEquals(REALM, claims(token).get("iss"));
            assertEquals(header.get("kid"), header(token).get("kid"), "signed by the realm's key");
            assertFalse(audiences(claims(token)).contains(AUDIENCE), "admin-cli's token is not for " + AUDIENCE);
            return token;
        });

        // alg none: the genuine payload untouched, no signature
        TOKENS.put(Attack.ALG_NONE, b64(json(Map.of("alg", "none", "typ", "JWT"))) + "." + parts[1] + ".");

        // key confusion: HS256 with the realm's RSA public key (the one of the genuine token's kid) as the HMAC secret
        PublicKey realmKey = realmPublicKey((String) header.get("kid"));
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(realmKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Map<String, Object> hs256 = Map.of("alg", "HS256", "typ", "JWT", "kid", header.get("kid"));
        TOKENS.put(Attack.HS256_PUBLIC_KEY_PEM, signHs256(hs256, parts[1], pem.getBytes(StandardCharsets.US_ASCII)));
        TOKENS.put(Attack.HS256_PUBLIC_KEY_DER, signHs256(hs256, parts[1], realmKey.getEncoded()));

        // edited payloads under the genuine header and signature
        TOKENS.put(Attack.TAMPERED_ROLES, withClaims(genuine, c -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> realmAccess = new LinkedHashMap<>((Map<String, Object>) c.get("realm_access"));
            @SuppressWarnings("unchecked")
            List<Object> roles = new ArrayList<>((List<Object>) realmAccess.get("roles"));
            roles.add("undp-staff");
            realmAccess.put("roles", roles);
            c.put("realm_access", realmAccess);
            return c;
        }));
        TOKENS.put(Attack.EDITED_MINISTRY, withClaims(genuine, c -> {
            c.put("ministry", otherMinistry);
            return c;
        }));
    }

    static Stream<Arguments> attacksOnTargets() {
        return Arrays.stream(Attack.values())
                .flatMap(attack -> Arrays.stream(Target.values()).map(target -> Arguments.of(attack, target)));
    }

    @ParameterizedTest(name = "genuine token is 200 at {0}")
    @EnumSource(Target.class)
    void theGenuineTokenIsAcceptedOnEveryTarget(Target target) {
        assertGenuineIsAccepted(target);
    }

    @ParameterizedTest(name = "{0} is 401 at {1}")
    @MethodSource("attacksOnTargets")
    void everyTokenAttackIs401(Attack attack, Target target) throws InterruptedException {
        assertGenuineIsAccepted(target);
        if (UNAVAILABLE.containsKey(attack)) {
            fail(UNAVAILABLE.get(attack));
        }
        if (attack == Attack.EXPIRED) {
            assertEquals(200, EXPIRING_WHEN_FRESH.get(target),
                    "control: the expiring token was accepted at " + target + " while it was fresh");
            awaitExpiry();
        }
        Response response = given().auth().oauth2(TOKENS.get(attack)).when().get(target.url);
        RESULTS.computeIfAbsent(attack, a -> new ConcurrentHashMap<>()).put(target, response.statusCode());
        response.then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @AfterAll
    static void printMarkdownTable() {
        StringBuilder table = new StringBuilder("\nToken attacks (HTTP status; every attack must be 401):\n\n| Token |");
        for (Target target : Target.values()) {
            table.append(' ').append(target.label).append(" |");
        }
        table.append("\n|---|").append("---|".repeat(Target.values().length)).append('\n');
        table.append(row("genuine token (control)", CONTROL, "not run"));
        for (Attack attack : Attack.values()) {
            table.append(row(attack.label, RESULTS.getOrDefault(attack, Map.of()),
                    UNAVAILABLE.containsKey(attack) ? "no token" : "not run"));
        }
        System.out.println(table);
    }

    // ---------------------------------------------------------------- expired token

    /** A genuine, soon-expiring token of mop-krg-demo, checked on every target while it is fresh. */
    private static void obtainExpiringToken() {
        prepare(Attack.EXPIRED, () -> {
            Response response = passwordGrant("token-expiry-probe", USER);
            assertEquals(200, response.statusCode(), () -> probeClientMissing("token-expiry-probe", response));
            String token = response.path("access_token");
            for (Target target : Target.values()) {
                EXPIRING_WHEN_FRESH.put(target, given().auth().oauth2(token).when().get(target.url).statusCode());
            }
            Map<String, Object> claims = claims(token);
            long lifespan = number(claims, "exp") - number(claims, "iat");
            assertTrue(lifespan <= 60, "token-expiry-probe's tokens should live 10 s, not " + lifespan + " s: "
                    + "is its client attribute access.token.lifespan set?");
            assertEquals(REALM, claims.get("iss"));
            assertTrue(audiences(claims).contains(AUDIENCE), "the expiring token is for " + AUDIENCE);
            assertEquals("MOP-KRG", claims.get("ministry"), "the same claims as the genuine token");
            expiredAfterMillis = (number(claims, "exp") + 2) * 1000;
            return token;
        });
    }

    /** Waits, once for the whole class, until the expiring token is 2 s past its {@code exp}. */
    private static synchronized void awaitExpiry() throws InterruptedException {
        long wait = expiredAfterMillis - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Obtains the token of an attack that depends on the realm's test clients; if that fails, the attack's
     * invocations fail with the reason, and the other attacks still run.
     */
    private static void prepare(Attack attack, Callable<String> token) {
        try {
            TOKENS.put(attack, token.call());
        } catch (Exception | AssertionError e) {
            UNAVAILABLE.put(attack, "no token for the attack '" + attack + "': " + e.getMessage());
        }
    }

    private static void assertGenuineIsAccepted(Target target) {
        int status = given().auth().oauth2(genuine).when().get(target.url).statusCode();
        CONTROL.put(target, status);
        assertEquals(200, status, "control: the genuine token is accepted at " + target);
    }

    private static Response passwordGrant(String clientId, String username) {
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", Keycloak.DEMO_PASSWORD)
                .when().post(Keycloak.TOKEN_ENDPOINT);
    }

    private static String probeClientMissing(String clientId, Response response) {
        return "Keycloak gave no token through client " + clientId + " (HTTP " + response.statusCode() + " "
                + response.asString() + "); the running Keycloak predates that client of "
                + "deploy/keycloak/realm-modernization.json: restart it so that the realm is imported again";
    }

    private static PublicKey realmPublicKey(String kid) throws GeneralSecurityException {
        JsonPath jwks = given().when().get(REALM + "/protocol/openid-connect/certs")
                .then().statusCode(200).extract().jsonPath();
        Map<String, String> jwk = jwks.getMap("keys.find { it.kid == '" + kid + "' }");
        assertNotNull(jwk, "the realm publishes the key " + kid);
        assertEquals("RSA", jwk.get("kty"));
        Base64.Decoder decoder = Base64.getUrlDecoder();
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, decoder.decode(jwk.get("n"))), new BigInteger(1, decoder.decode(jwk.get("e")))));
    }

    private static String signRs256(Map<String, Object> header, Map<String, Object> claims, PrivateKey key)
            throws GeneralSecurityException {
        String signingInput = b64(json(header)) + "." + b64(json(claims));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + B64.encodeToString(rsa.sign());
    }

    private static String signHs256(Map<String, Object> header, String encodedPayload, byte[] secret)
            throws GeneralSecurityException {
        String signingInput = b64(json(header)) + "." + encodedPayload;
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return signingInput + "." + B64.encodeToString(hmac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The same token with its payload edited and the original header and signature kept. */
    private static String withClaims(String jwt, UnaryOperator<Map<String, Object>> edit) {
        String[] parts = jwt.split("\\.");
        String edited = parts[0] + "." + b64(json(edit.apply(claims(jwt)))) + "." + parts[2];
        assertNotEquals(jwt, edited);
        return edited;
    }

    private static Map<String, Object> header(String jwt) {
        return decode(jwt.split("\\.")[0]);
    }

    private static Map<String, Object> claims(String jwt) {
        return decode(jwt.split("\\.")[1]);
    }

    private static Map<String, Object> decode(String part) {
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(part), new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a JWT part: " + part, e);
        }
    }

    private static List<String> audiences(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        if (aud == null) {
            return List.of();
        }
        return aud instanceof Collection<?> many ? many.stream().map(String::valueOf).toList() : List.of(aud.toString());
    }

    private static long number(Map<String, Object> claims, String name) {
        return ((Number) claims.get(name)).longValue();
    }

    private static byte[] json(Map<String, Object> value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return B64.encodeToString(bytes);
    }

    private static String row(String label, Map<Target, Integer> statuses, String missing) {
        StringBuilder row = new StringBuilder("| ").append(label).append(" |");
        for (Target target : Target.values()) {
            Integer status = statuses.get(target);
            row.append(' ').append(status == null ? missing : status).append(" |");
        }
        return row.append('\n').toString();
    }
}
