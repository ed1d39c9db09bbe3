package modernization.gateway.routing;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.Json;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.Problem;
import modernization.common.problem.ProblemType;
import modernization.common.problem.Problems;

/**
 * A request target that is not a URI (RFC 3986) is a 400 problem+json that says where it breaks
 * and how to encode it, with the request id, instead of Quarkus's empty 400. Netty reads the
 * request line byte by byte, so raw UTF-8 (an unencoded Arabic query, say) arrives as characters a
 * URI may not hold, and {@link URI} rejects it, as it rejects a {@code %} that begins no escape.
 */
@Singleton
public class RequestTargetFilter {

    /** After the request id (1000) and the access log (990): the answer has the id and is logged. */
    private static final int PRIORITY = 980;
    private static final LocalizedText NOT_ASCII = new LocalizedText(
            "The request target is not a valid URI: byte %d of the target (0x%02X) is not printable ASCII. %s",
            "عنوان الطلب ليس URI صالحًا: البايت %d من العنوان (0x%02X) ليس محرف ASCII قابلًا للطباعة. %s",
            "ئامانجی داواکاری URIیەکی دروست نییە: بایتی %d ی ئامانجەکە (0x%02X) پیتێکی ASCIIی چاپکراو نییە. %s");
    private static final LocalizedText NO_URI = new LocalizedText(
            "The request target is not a valid URI (%s at byte %d of the target). %s",
            "عنوان الطلب ليس URI صالحًا (%s عند البايت %d من العنوان). %s",
            "ئامانجی داواکاری URIیەکی دروست نییە (%s لە بایتی %d ی ئامانجەکە). %s");
    private static final LocalizedText HOW_TO_ENCODE = new LocalizedText(
            "Percent-encode every character outside ASCII as the %XX of its UTF-8 bytes, and a % that begins no escape "
                    + "as %25: with curl, -G --data-urlencode 'q=...'.",
            "رمّز كل محرف خارج ASCII بصيغة %XX لبايتات UTF-8 الخاصة به، وكل % لا يبدأ ترميزًا بالصيغة %25: "
                    + "مع curl استخدم -G --data-urlencode 'q=...'.",
            "هەر پیتێکی دەرەوەی ASCII بە %XX ی بایتەکانی UTF-8 ـی بنووسە، و هەر % ێک کە کۆدکردنێک دەست پێناکات بە %25: "
                    + "لەگەڵ curl بەکاربهێنە -G --data-urlencode 'q=...'.");
    private static final LocalizedText NO_TARGET = new LocalizedText("The request has no target.",
            "لا يحتوي الطلب على عنوان.", "داواکارییەکە ئامانجی نییە.");

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            Optional<LocalizedText> invalid = invalidity(ctx.request().uri());
            if (invalid.isEmpty()) {
                ctx.next();
                return;
            }
            HttpServerRequest request = ctx.request();
            Problem problem = Problems.problem(ProblemType.BAD_REQUEST, invalid.get(), request, List.of());
            ctx.response().setStatusCode(ProblemType.BAD_REQUEST.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Content-Language", Problems.language(request))
                    .end(Json.encode(problem));
        }, PRIORITY);
    }

    /** Why the target is no URI, as a person can act on it, or empty when it is one. */
    static Optional<LocalizedText> invalidity(String target) {
        if (target == null) {
            return Optional.of(NO_TARGET);
        }
        // Netty hands each byte over as one character: a URI is ASCII, and java.net.URI would let
        // some raw UTF-8 pass as Latin-1 letters, which would reach the services as other words
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return Optional.of(NOT_ASCII.format(i + 1, (int) c, HOW_TO_ENCODE));
            }
        }
        try {
            new URI(target);
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(NO_URI.format(e.getReason(), e.getIndex() + 1, HOW_TO_ENCODE));
        }
    }
}
