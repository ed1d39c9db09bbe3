package modernization.gateway.openapi;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ProblemType;

/** Serves the merged OpenAPI document at {@code /q/openapi}, the document Swagger UI shows. */
@Singleton
public class OpenApiRoute {

    void register(@Observes Router router, OpenApiMerger merger) {
        router.get("/q/openapi").handler(ctx -> merger.json().ifPresentOrElse(
                json -> ctx.response().putHeader("Content-Type", "application/json").end(json),
                () -> modernization.common.problem.ProblemRoutes.writeProblem(ctx, ProblemType.SERVICE_UNAVAILABLE, new LocalizedText(
                        "No service has published its OpenAPI document yet; retry in a few seconds.",
                        "لم تنشر أي خدمة وثيقة OpenAPI الخاصة بها بعد؛ أعد المحاولة بعد بضع ثوانٍ.",
                        "هیچ خزمەتگوزارییەک هێشتا بەڵگەنامەی OpenAPI ـی خۆی بڵاو نەکردووەتەوە؛ دوای چەند چرکەیەک دووبارە هەوڵ بدەرەوە."))));
    }
}
