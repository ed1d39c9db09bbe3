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
    private static final String HOW_TO_ENCODE = "Percent-encode every character outside ASCII as the %XX of its "
            + "UTF-8 bytes, and a % that begins no escape as %25: with curl, -G --data-urlencode 'q=...'.";

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            Optional<String> invalid = invalidity(ctx.request().uri());
            if (invalid.isEmpty()) {
                ctx.next();
                return;
            }
            HttpServerRequest request = ctx.request();
            Problem problem = Problems.problem(ProblemType.BAD_REQUEST, invalid.get(), request, List.of());
            ctx.response().setStatusCode(ProblemType.BAD_REQUEST.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(Json.encode(problem));
        }, PRIORITY);
    }

    /** Why the target is no URI, as a person can act on it, or empty when it is one. */
    static Optional<String> invalidity(String target) {
        if (target == null) {
            return Optional.of("The request has no target.");
        }
        // Netty hands each byte over as one character: a URI is ASCII, and java.net.URI would let
        // some raw UTF-8 pass as Latin-1 letters, which would reach the services as other words
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return Optional.of(String.format("The request target is not a valid URI: byte %d of the target (0x%02X) "
                        + "is not printable ASCII. %s", i + 1, (int) c, HOW_TO_ENCODE));
            }
        }
        try {
            new URI(target);
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("The request target is not a valid URI (" + e.getReason() + " at byte " + (e.getIndex() + 1)
                    + " of the target). " + HOW_TO_ENCODE);
        }
    }
}
