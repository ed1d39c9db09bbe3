package modernization.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.nio.charset.StandardCharsets;
import modernization.common.testing.TestTokens;
import modernization.gateway.StubServices;
import org.junit.jupiter.api.Test;

/** The gateway passes a service's compressed body through as it came: it neither decompresses nor compresses. */
@QuarkusTest
class EncodingPassThroughTest {

    private static final RestAssuredConfig RAW = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    @Test
    void aGzippedAnswerOfAServiceReachesTheCallerByteForByte() {
        byte[] received = given().config(RAW).auth().oauth2(TestTokens.advisor()).header("Accept-Encoding", "gzip")
                .when().get("/api/v1/encoded-test")
                .then().statusCode(200)
                .header("Content-Encoding", "gzip")
                .extract().asByteArray();
        assertArrayEquals(StubServices.gzipped(StubServices.ENCODED_BODY), received);
    }

    @Test
    void anAnswerTheServiceSentPlainStaysPlain() {
        byte[] received = given().config(RAW).auth().oauth2(TestTokens.advisor()).header("Accept-Encoding", "br")
                .when().get("/api/v1/encoded-test")
                .then().statusCode(200)
                .header("Content-Encoding", nullValue())
                .extract().asByteArray();
        assertArrayEquals(StubServices.ENCODED_BODY.getBytes(StandardCharsets.UTF_8), received);
    }
}
