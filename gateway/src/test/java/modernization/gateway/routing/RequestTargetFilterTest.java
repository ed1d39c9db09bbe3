package modernization.gateway.routing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A request target that is no URI, sent as raw bytes the way a shell's unencoded URL is, answers a
 * 400 problem+json that says where it breaks and how to encode it, with the request id in its
 * header and body (Quarkus's own check answered an empty 400 without either).
 */
@QuarkusTest
class RequestTargetFilterTest {

    @Test
    void aRawUtf8QueryIsA400ProblemWithTheRequestIdAndHowToEncodeIt() throws IOException {
        String answer = exchange("/api/v1/design-options?q=".getBytes(StandardCharsets.US_ASCII),
                "الجدارة".getBytes(StandardCharsets.UTF_8));

        assertThat(answer, matchesPattern("(?s)HTTP/1.1 400 .*"));
        assertThat(answer.toLowerCase(), containsString("\r\ncontent-type: application/problem+json"));
        String requestId = header(answer, "x-request-id");
        assertThat(requestId, matchesPattern("[0-9a-f-]{36}"));
        JsonPath problem = new JsonPath(body(answer));
        assertEquals(400, problem.getInt("status"));
        assertEquals(requestId, problem.getString("requestId"));
        assertEquals("/api/v1/design-options", problem.getString("instance"));
        assertThat(problem.getString("detail"), containsString("byte 26 of the target (0xD8) is not printable ASCII"));
        assertThat(problem.getString("detail"), containsString("--data-urlencode"));
    }

    @Test
    void rawUtf8ThatJavaNetUriWouldTakeForLatin1LettersIsA400Too() throws IOException {
        // é is C3 A9 in UTF-8: both Latin-1 letters, which java.net.URI accepts in a query
        String answer = exchange("/api/v1/design-options?q=minist".getBytes(StandardCharsets.US_ASCII),
                "ère".getBytes(StandardCharsets.UTF_8));

        assertThat(answer, matchesPattern("(?s)HTTP/1.1 400 .*"));
        assertThat(new JsonPath(body(answer)).getString("detail"), containsString("byte 32 of the target (0xC3)"));
    }

    @Test
    void aPercentThatBeginsNoEscapeIsA400Problem() throws IOException {
        String answer = exchange("/api/v1/design-options?q=100%zz".getBytes(StandardCharsets.US_ASCII), new byte[0]);

        assertThat(answer, matchesPattern("(?s)HTTP/1.1 400 .*"));
        assertThat(new JsonPath(body(answer)).getString("detail"), containsString("Malformed escape pair"));
    }

    @Test
    void theSameQueryPercentEncodedPassesTheFilter() throws IOException {
        // reaches the proxy: no token, so the route's 401, not the filter's 400
        String answer = exchange("/api/v1/design-options?q=%D8%A7%D9%84%D8%AC%D8%AF%D8%A7%D8%B1%D8%A9"
                .getBytes(StandardCharsets.US_ASCII), new byte[0]);

        assertThat(answer, matchesPattern("(?s)HTTP/1.1 401 .*"));
    }

    @Test
    void theProblemIsInTheLanguageTheCallerAccepts() throws IOException {
        String answer = exchange("/api/v1/design-options?q=100%zz".getBytes(StandardCharsets.US_ASCII), new byte[0],
                "Accept-Language: ckb\r\n");

        assertThat(answer, matchesPattern("(?s)HTTP/1.1 400 .*"));
        assertEquals("ckb", header(answer, "content-language"));
        JsonPath problem = new JsonPath(body(answer));
        assertEquals("داواکاریی نادروست", problem.getString("title"));
        assertThat(problem.getString("detail"), containsString("--data-urlencode"));
        assertThat(problem.getString("detail"), containsString("URIیەکی دروست نییە"));
    }

    private static String exchange(byte[] target, byte[] rawTail) throws IOException {
        return exchange(target, rawTail, "");
    }

    private static String exchange(byte[] target, byte[] rawTail, String headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.write("GET ".getBytes(StandardCharsets.US_ASCII));
            request.write(target);
            request.write(rawTail);
            request.write((" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(request.toByteArray());
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String header(String answer, String name) {
        for (String line : answer.substring(0, answer.indexOf("\r\n\r\n")).split("\r\n")) {
            if (line.toLowerCase().startsWith(name + ":")) {
                return line.substring(name.length() + 1).strip();
            }
        }
        throw new AssertionError("no " + name + " in " + answer);
    }

    private static String body(String answer) {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }
}
