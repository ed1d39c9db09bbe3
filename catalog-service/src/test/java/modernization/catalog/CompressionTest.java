package modernization.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A caller that asks for gzip or brotli gets the body compressed; one that does not, gets it as it is. */
@QuarkusTest
class CompressionTest {

    private static final String PAGE = "/api/v1/design-options?size=100";
    /** Bytes as they came over the wire: REST Assured does not decode them. */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    @Test
    void aPageOfOptionsIsGzippedWhenTheCallerAsksForGzip() throws Exception {
        String plain = given().config(RAW).auth().oauth2(TestTokens.partnerApp()).when().get(PAGE)
                .then().statusCode(200).header("Content-Encoding", nullValue()).extract().asString();

        var response = given().config(RAW).auth().oauth2(TestTokens.partnerApp()).header("Accept-Encoding", "gzip")
                .when().get(PAGE)
                .then().statusCode(200)
                .header("Content-Encoding", "gzip")
                .extract();
        assertTrue(String.join(",", response.headers().getValues("Vary")).contains("Accept-Encoding"), "Vary names Accept-Encoding");
        byte[] gzipped = response.asByteArray();

        String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(gzipped)).readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(plain, unzipped);
        assertTrue(gzipped.length * 3 < plain.getBytes(StandardCharsets.UTF_8).length,
                plain.length() + " bytes became " + gzipped.length);
    }

    @Test
    void aPageOfOptionsIsSentWithBrotliWhenTheCallerPrefersIt() {
        String plain = given().config(RAW).auth().oauth2(TestTokens.partnerApp()).when().get(PAGE).then().extract().asString();

        byte[] compressed = given().config(RAW).auth().oauth2(TestTokens.partnerApp()).header("Accept-Encoding", "br")
                .when().get(PAGE)
                .then().statusCode(200)
                .header("Content-Encoding", "br")
                .extract().asByteArray();

        Brotli4jLoader.ensureAvailability();
        DirectDecompress decoded = assertDoesNotThrowDecode(compressed);
        assertEquals(plain, new String(decoded.getDecompressedData(), StandardCharsets.UTF_8));
    }

    private static DirectDecompress assertDoesNotThrowDecode(byte[] compressed) {
        try {
            return Decoder.decompress(compressed);
        } catch (java.io.IOException e) {
            throw new AssertionError("not brotli", e);
        }
    }
}
