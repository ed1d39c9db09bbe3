package modernization.common.persistence;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import java.util.stream.Stream;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ProblemExceptionMappers;
import modernization.common.problem.ProblemType;
import modernization.common.problem.Problems;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns the database's answers to concurrent writes into the problems the API promises: the loser
 * of a race gets 412 when it sent If-Match, 409 otherwise, never a 5xx. Writes lock the row they
 * change, so these are the rare races that locking does not cover, such as a failure found only
 * when the transaction commits (which reaches here wrapped by the transaction interceptor).
 */
public class PersistenceExceptionMappers {

    private final ProblemExceptionMappers problems = new ProblemExceptionMappers();

    /** Two writers started from the same version; this one lost the race. */
    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpServerRequest request) {
        return lostRace(request);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, HttpServerRequest request) {
        return lostRace(request);
    }

    /** A unique key taken by a concurrent request between our check and our insert. */
    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, HttpServerRequest request) {
        if (e.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
            return Problems.response(ProblemType.CONFLICT, new LocalizedText(
                    "This conflicts with an existing resource (%s).", "يتعارض هذا مع مورد موجود (%s).",
                    "ئەمە لەگەڵ سەرچاوەیەکی هەبوو ناکۆکە (%s).").format(e.getConstraintName()), request);
        }
        return Problems.response(ProblemType.UNPROCESSABLE, new LocalizedText(
                "The change breaks a rule of the data (%s).", "يخالف هذا التغيير قاعدة من قواعد البيانات (%s).",
                "ئەم گۆڕانکارییە یاسایەکی داتاکان دەشکێنێت (%s).").format(e.getConstraintName()), request);
    }

    /** What failed while the transaction committed, found among the causes the interceptor wrapped. */
    @ServerExceptionMapper
    public Response atCommit(ArcUndeclaredThrowableException e, HttpServerRequest request) {
        return Stream.<Throwable>iterate(e, Objects::nonNull, cause -> cause.getCause() == cause ? null : cause.getCause())
                .map(cause -> cause instanceof OptimisticLockException || cause instanceof StaleStateException ? lostRace(request)
                        : cause instanceof ConstraintViolationException violation ? constraint(violation, request) : null)
                .filter(Objects::nonNull)
                .findFirst()
                .orElseGet(() -> problems.unexpected(e, request));
    }

    private static Response lostRace(HttpServerRequest request) {
        String ifMatch = request.getHeader("If-Match");
        return ifMatch == null || ifMatch.isBlank()
                ? Problems.response(ProblemType.CONFLICT, new LocalizedText(
                        "The resource was changed by another request at the same time; read it again and decide whether your change still applies.",
                        "غيّر طلب آخر المورد في الوقت نفسه؛ اقرأه مجددًا وقرّر هل ما زال تعديلك ينطبق.",
                        "داواکارییەکی تر لە هەمان کاتدا سەرچاوەکەی گۆڕی؛ دووبارە بیخوێنەرەوە و بڕیار بدە ئایا گۆڕانکارییەکەت هێشتا گونجاوە."),
                        request)
                : Problems.response(ProblemType.PRECONDITION_FAILED, new LocalizedText(
                        "The resource was changed by another request at the same time; read it again and reapply your change.",
                        "غيّر طلب آخر المورد في الوقت نفسه؛ اقرأه مجددًا ثم أعد تطبيق تعديلك.",
                        "داواکارییەکی تر لە هەمان کاتدا سەرچاوەکەی گۆڕی؛ دووبارە بیخوێنەرەوە و گۆڕانکارییەکەت دووبارە جێبەجێ بکەرەوە."),
                        request);
    }
}
