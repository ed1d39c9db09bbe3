package modernization.roadmap.client;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ProblemType;
import modernization.common.problem.Problems;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A downstream service that does not answer makes generation a 503 naming it; one that refuses the
 * read a 502 naming it and its answer. Reads of stored roadmaps are unaffected.
 */
public class DownstreamExceptionMapper {

    private static final Logger LOG = Logger.getLogger(DownstreamExceptionMapper.class);

    private static final LocalizedText UNAVAILABLE = new LocalizedText(
            "%s is not answering; the roadmap cannot be generated now. Existing roadmaps can still be read. "
                    + "Retry in a few seconds.",
            "الخدمة %s لا تستجيب؛ لا يمكن إنشاء خارطة الطريق الآن. لا يزال بالإمكان قراءة خرائط الطريق الموجودة. "
                    + "أعد المحاولة بعد بضع ثوانٍ.",
            "خزمەتگوزاریی %s وەڵام ناداتەوە؛ ئێستا ناتوانرێت نەخشەڕێگاکە دروست بکرێت. هێشتا دەتوانرێت "
                    + "نەخشەڕێگا هەبووەکان بخوێنرێنەوە. چەند چرکەیەکی تر هەوڵ بدەرەوە.");
    /** A refusal of the caller's token (401) or of the caller's rights (403). */
    private static final LocalizedText TOKEN_REFUSED = new LocalizedText(
            "%s refused to give roadmap-service what it needs with %d for the caller's token: it does not accept it, "
                    + "or the caller may not read that there. The roadmap cannot be generated; the request itself may be fine.",
            "رفضت الخدمة %s تزويد roadmap-service بما تحتاجه، وردّت بالحالة %d على رمز الوصول الخاص بالجهة المستدعية: "
                    + "فهي لا تقبله، أو لا يحق للجهة المستدعية القراءة هناك. لا يمكن إنشاء خارطة الطريق؛ وقد يكون "
                    + "الطلب نفسه سليماً.",
            "خزمەتگوزاریی %s ڕەتی کردەوە ئەوەی roadmap-service پێویستیەتی پێی بدات، و بە %d وەڵامی تۆکێنی داواکەری "
                    + "دایەوە: یان قبووڵی ناکات، یان داواکەر مافی خوێندنەوەی ئەوێی نییە. ناتوانرێت نەخشەڕێگاکە "
                    + "دروست بکرێت؛ ڕەنگە داواکارییەکە خۆی هیچ کێشەیەکی نەبێت.");
    private static final LocalizedText REFUSED = new LocalizedText(
            "%s refused to give roadmap-service what it needs with %d. The roadmap cannot be generated; "
                    + "the request itself may be fine.",
            "رفضت الخدمة %s تزويد roadmap-service بما تحتاجه، وردّت بالحالة %d. لا يمكن إنشاء خارطة الطريق؛ وقد "
                    + "يكون الطلب نفسه سليماً.",
            "خزمەتگوزاریی %s ڕەتی کردەوە ئەوەی roadmap-service پێویستیەتی پێی بدات، و بە %d وەڵامی دایەوە. "
                    + "ناتوانرێت نەخشەڕێگاکە دروست بکرێت؛ ڕەنگە داواکارییەکە خۆی هیچ کێشەیەکی نەبێت.");

    @ServerExceptionMapper
    public Response unavailable(DownstreamUnavailableException e, HttpServerRequest request) {
        LOG.warnf("%s unavailable for %s %s: %s", e.service(), request.method(), request.path(),
                e.getCause() == null ? "" : e.getCause().toString());
        return Problems.builder(ProblemType.SERVICE_UNAVAILABLE, UNAVAILABLE.format(e.service()), request, List.of())
                .header(HttpHeaders.RETRY_AFTER, 5)
                .build();
    }

    @ServerExceptionMapper
    public Response refused(DownstreamRefusedException e, HttpServerRequest request) {
        LOG.warnf("%s refused %s %s with %d", e.service(), request.method(), request.path(), e.status());
        LocalizedText detail = e.status() == 401 || e.status() == 403 ? TOKEN_REFUSED : REFUSED;
        return Problems.response(ProblemType.BAD_GATEWAY, detail.format(e.service(), e.status()), request);
    }
}
