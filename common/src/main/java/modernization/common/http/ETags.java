package modernization.common.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ApiException;
import modernization.common.problem.ProblemType;

/**
 * Entity tags and the conditional requests built on them: {@code If-None-Match} on reads (304),
 * {@code If-Match} on writes (428 when missing, 412 when stale).
 */
public final class ETags {

    private ETags() {
    }

    /**
     * The strong tag of one version of a resource in one language, e.g. {@code "3.7-ar"}: version
     * 3, row revision 7, served in Arabic. {@link #requireIfMatch} ignores the language part, so a
     * tag read in any language may be used to update.
     */
    public static EntityTag of(long version, long revision, String language) {
        return new EntityTag(version + "." + revision + "-" + language);
    }

    /**
     * {@link #of(long, long, String)} for a version whose representation also depends on something
     * beyond its own row, e.g. {@code "3.7-ar-12e"}: what follows the language names that (here the
     * revision of the resource the version belongs to, and the editor's view), so a reader's
     * {@code If-None-Match} stops matching when it changes. {@link #requireIfMatch} ignores it too.
     */
    public static EntityTag of(long version, long revision, String language, String representation) {
        return new EntityTag(version + "." + revision + "-" + language + "-" + representation);
    }

    /** The strong tag of a resource that is not localized, from its row revision, e.g. {@code "7"}. */
    public static EntityTag of(long revision) {
        return new EntityTag(String.valueOf(revision));
    }

    /** A weak tag digesting the parts that make up a list page, e.g. ids, versions, total, query. */
    public static EntityTag weakDigest(Object... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            String hash = Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
            return new EntityTag(hash.substring(0, 22), true);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 304 response when the caller's {@code If-None-Match} already names this tag. */
    public static Optional<Response> notModified(Request request, EntityTag tag) {
        Response.ResponseBuilder builder = request.evaluatePreconditions(tag);
        return Optional.ofNullable(builder).map(b -> b.tag(tag).build());
    }

    /**
     * Checks {@code If-Match} against the current version and revision of a resource.
     *
     * @throws ApiException 428 when the header is missing, 412 when it names another version
     */
    public static void requireIfMatch(String ifMatch, long version, long revision) {
        requireIfMatch(ifMatch, version + "." + revision,
                new LocalizedText("version %s", "الإصدار %s", "وەشانی %s").format(version));
    }

    /** {@link #requireIfMatch(String, long, long)} for a resource tagged by {@link #of(long)}. */
    public static void requireIfMatch(String ifMatch, long revision) {
        requireIfMatch(ifMatch, String.valueOf(revision),
                new LocalizedText("revision %s", "التعديل رقم %s", "گۆڕانکاریی ژمارە %s").format(revision));
    }

    private static void requireIfMatch(String ifMatch, String current, LocalizedText described) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED, new LocalizedText(
                    "This update needs an If-Match header with the ETag you last read.",
                    "يحتاج هذا التحديث إلى الترويسة If-Match مع آخر ETag قرأته.",
                    "ئەم نوێکردنەوەیە پێویستی بە سەردێڕی If-Match هەیە لەگەڵ دوایین ETag کە خوێندووتەتەوە."));
        }
        if (!matches(ifMatch, current)) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, new LocalizedText(
                    "The resource changed since you read it (it is now at %s); read it again and reapply your change.",
                    "تغيّر المورد منذ أن قرأته (أصبح الآن عند %s)؛ اقرأه مجددًا ثم أعد تطبيق تعديلك.",
                    "سەرچاوەکە گۆڕاوە لەو کاتەوەی خوێندتەوە (ئێستا لە %sدایە)؛ دووبارە بیخوێنەرەوە و گۆڕانکارییەکەت دووبارە جێبەجێ بکەرەوە.")
                    .format(described));
        }
    }

    /** {@link #checkIfMatchWhenPresent(String, long, long)} for a resource tagged by {@link #of(long)}. */
    public static void checkIfMatchWhenPresent(String ifMatch, long revision) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            requireIfMatch(ifMatch, revision);
        }
    }

    /** Honours {@code If-Match} when present (412 when stale); absent is fine. */
    public static void checkIfMatchWhenPresent(String ifMatch, long version, long revision) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            requireIfMatch(ifMatch, version, revision);
        }
    }

    static boolean matches(String ifMatch, String current) {
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                continue; // If-Match uses strong comparison
            }
            tag = tag.replace("\"", "");
            int dash = tag.indexOf('-');
            if ((dash < 0 ? tag : tag.substring(0, dash)).equals(current)) {
                return true;
            }
        }
        return false;
    }
}
