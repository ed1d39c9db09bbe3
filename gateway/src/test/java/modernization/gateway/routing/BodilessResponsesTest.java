package modernization.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import modernization.common.testing.TestTokens;
import modernization.gateway.StubServices;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A response without a body (304, 204, any answer to HEAD) leaves the gateway framed exactly as the
 * service framed it. Read off the wire: a client library reads a body it is told about, so a
 * {@code Transfer-Encoding} on a 304 leaves Python's http.client waiting for chunks that never come.
 * Each exchange is followed on the same connection by a second request, whose answer must be the
 * very next bytes.
 */
@QuarkusTest
class BodilessResponsesTest {

    private static final String PATH = "/api/v1/bodiless-test/item";

    @Test
    void aNotModifiedAnswerHasNoTransferEncodingNoBodyAndKeepsItsValidators() throws IOException {
        Map<String, String> headers = exchangeThenProbe("GET", "If-None-Match: " + StubServices.BODILESS_ETAG + "\r\n");

        assertFramedAsTheServiceFramedIt(headers, "GET", "If-None-Match: " + StubServices.BODILESS_ETAG + "\r\n");
        assertEquals("304", headers.get(":status"));
        assertFalse(headers.containsKey("transfer-encoding"), headers.toString());
        assertEquals(StubServices.BODILESS_ETAG, headers.get("etag"));
        assertEquals("private, no-cache", headers.get("cache-control"));
        assertEquals("Accept-Language", headers.get("vary"));
    }

    @Test
    void aNoContentAnswerHasNoTransferEncodingAndNoBody() throws IOException {
        Map<String, String> headers = exchangeThenProbe("DELETE", "");

        assertFramedAsTheServiceFramedIt(headers, "DELETE", "");
        assertEquals("204", headers.get(":status"));
        assertFalse(headers.containsKey("transfer-encoding"), headers.toString());
    }

    @Test
    void anAnswerToHeadKeepsTheServicesContentLengthAndHasNoBody() throws IOException {
        Map<String, String> headers = exchangeThenProbe("HEAD", "");

        assertFramedAsTheServiceFramedIt(headers, "HEAD", "");
        assertEquals("200", headers.get(":status"));
        assertFalse(headers.containsKey("transfer-encoding"), headers.toString());
        assertEquals(String.valueOf(StubServices.BODILESS_BODY.length()), headers.get("content-length"));
        assertEquals(StubServices.BODILESS_ETAG, headers.get("etag"));
    }

    /** The same Content-Length (or none) and Transfer-Encoding (or none) as the service sent directly. */
    private static void assertFramedAsTheServiceFramedIt(Map<String, String> viaGateway, String method, String extraHeaders)
            throws IOException {
        URI service = URI.create(ConfigProvider.getConfig().getValue("gateway.services.bodiless.url", String.class));
        try (Socket socket = new Socket(service.getHost(), service.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((method + " " + PATH + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Map<String, String> direct = head(socket.getInputStream());
            assertEquals(direct.get(":status"), viaGateway.get(":status"));
            assertEquals(direct.get("content-length"), viaGateway.get("content-length"), "Content-Length");
            assertEquals(direct.get("transfer-encoding"), viaGateway.get("transfer-encoding"), "Transfer-Encoding");
        }
    }

    /**
     * Sends the request and a plain GET after it on one kept-alive connection; the headers of the
     * first answer, after checking that the second answer's status line follows its head at once.
     */
    private static Map<String, String> exchangeThenProbe(String method, String extraHeaders) throws IOException {
        String auth = "Authorization: Bearer " + TestTokens.advisor() + "\r\n";
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((method + " " + PATH + " HTTP/1.1\r\nHost: localhost\r\n" + auth + extraHeaders + "\r\n"
                    + "GET " + PATH + " HTTP/1.1\r\nHost: localhost\r\n" + auth + "\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            Map<String, String> first = head(in);
            String next = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertTrue(next.equals("HTTP/1.1 200"), "after the " + first.get(":status") + " came " + next + " instead of the next answer");
            return first;
        }
    }

    /** The status and headers (names in lower case) of one response, read up to its blank line. */
    private static Map<String, String> head(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (!bytes.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after " + bytes);
            }
            bytes.write(b);
        }
        String[] lines = bytes.toString(StandardCharsets.US_ASCII).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(":status", lines[0].split(" ")[1]);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        return headers;
    }
}
