package modernization.common.problem;

import java.net.URI;
import modernization.common.i18n.Language;
import modernization.common.i18n.LocalizedText;

/** The problem types the platform answers with; each has a stable URI that clients may switch on and a title in each language. */
public enum ProblemType {
    BAD_REQUEST(400, new LocalizedText("Bad Request", "طلب غير صالح", "داواکاریی نادروست"), "bad-request"),
    VALIDATION(400, new LocalizedText("Invalid request", "بيانات الطلب غير صالحة", "زانیارییەکانی داواکاری نادروستن"), "validation"),
    UNAUTHORIZED(401, new LocalizedText("Unauthorized", "المصادقة مطلوبة", "ناسینەوە پێویستە"), "unauthorized"),
    FORBIDDEN(403, new LocalizedText("Forbidden", "غير مسموح", "ڕێگەپێنەدراو"), "forbidden"),
    NOT_FOUND(404, new LocalizedText("Not Found", "غير موجود", "نەدۆزرایەوە"), "not-found"),
    METHOD_NOT_ALLOWED(405, new LocalizedText("Method Not Allowed", "الطريقة غير مسموح بها", "ئەم شێوازە ڕێگەپێدراو نییە"), "method-not-allowed"),
    NOT_ACCEPTABLE(406, new LocalizedText("Not Acceptable", "لا يمكن تقديم الصيغة المطلوبة", "ناتوانرێت بە فۆرماتی داواکراو وەڵام بدرێتەوە"), "not-acceptable"),
    CONFLICT(409, new LocalizedText("Conflict", "تعارض", "ناکۆکی"), "conflict"),
    PRECONDITION_FAILED(412, new LocalizedText("Precondition Failed", "الشرط المسبق غير متحقق", "مەرجی پێشوەخت نەهاتەدی"), "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, new LocalizedText("Payload Too Large", "حجم الطلب كبير جدًا", "قەبارەی داواکاری زۆر گەورەیە"), "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, new LocalizedText("Unsupported Media Type", "نوع المحتوى غير مدعوم", "جۆری ناوەڕۆک پشتگیری ناکرێت"), "unsupported-media-type"),
    UNPROCESSABLE(422, new LocalizedText("Unprocessable Content", "تعذّرت معالجة المحتوى", "ناوەڕۆکەکە ناتوانرێت جێبەجێ بکرێت"), "unprocessable"),
    PRECONDITION_REQUIRED(428, new LocalizedText("Precondition Required", "الشرط المسبق مطلوب", "مەرجی پێشوەخت پێویستە"), "precondition-required"),
    TOO_MANY_REQUESTS(429, new LocalizedText("Too Many Requests", "طلبات كثيرة جدًا", "داواکاری زۆر زۆرە"), "too-many-requests"),
    INTERNAL(500, new LocalizedText("Internal Server Error", "خطأ داخلي في الخادم", "هەڵەی ناوخۆیی ڕاژەکار"), "internal"),
    BAD_GATEWAY(502, new LocalizedText("Bad Gateway", "استجابة غير صالحة من خدمة أخرى", "وەڵامی نادروست لە خزمەتگوزارییەکی تر"), "bad-gateway"),
    SERVICE_UNAVAILABLE(503, new LocalizedText("Service Unavailable", "الخدمة غير متاحة حاليًا", "خزمەتگوزارییەکە ئێستا بەردەست نییە"), "service-unavailable"),
    GATEWAY_TIMEOUT(504, new LocalizedText("Gateway Timeout", "انتهت مهلة انتظار خدمة أخرى", "کاتی چاوەڕوانی خزمەتگوزارییەکی تر بەسەرچوو"), "gateway-timeout");

    private static final String BASE = "urn:modernization:problem:";

    private final int status;
    private final LocalizedText title;
    private final URI uri;

    ProblemType(int status, LocalizedText title, String slug) {
        this.status = status;
        this.title = title;
        this.uri = URI.create(BASE + slug);
    }

    public int status() {
        return status;
    }

    /** The English title, which the HTTP reason phrase also uses. */
    public String title() {
        return title.en();
    }

    public String title(Language language) {
        return title.in(language);
    }

    public URI uri() {
        return uri;
    }

    /** The generic type for an HTTP status that has no more specific meaning. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
