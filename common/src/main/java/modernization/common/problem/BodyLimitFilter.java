package modernization.common.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import modernization.common.i18n.LocalizedText;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body declared larger than {@code quarkus.http.limits.max-body-size} with a 413
 * problem before it is read, so the caller learns why instead of getting an empty 413.
 */
@Singleton
public class BodyLimitFilter {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> limit;

    void register(@Observes Filters filters) {
        long max = limit.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        filters.register(ctx -> {
            String declared = ctx.request().getHeader("Content-Length");
            if (declared != null && exceeds(declared, max)) {
                ctx.response().putHeader("Connection", "close");
                ProblemRoutes.write(ctx, ProblemType.PAYLOAD_TOO_LARGE, new LocalizedText(
                        "The request body is larger than the %d KiB this API accepts.",
                        "محتوى الطلب أكبر من %d كيلوبايت، وهو الحد الذي تقبله هذه الواجهة البرمجية.",
                        "ناوەڕۆکی داواکاری لە %d KiB گەورەترە، کە ئەم API-یە وەری دەگرێت.").format(max / 1024));
                return;
            }
            ctx.next();
        }, 2000);
    }

    private static boolean exceeds(String declared, long max) {
        try {
            return Long.parseLong(declared.trim()) > max;
        } catch (NumberFormatException malformed) {
            return false;
        }
    }
}
