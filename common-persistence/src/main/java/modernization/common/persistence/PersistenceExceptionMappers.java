package modernization.common.persistence;

import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import modernization.common.problem.ProblemType;
import modernization.common.problem.Problems;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns the database's answers to concurrent writes into the problems the API promises. */
public class PersistenceExceptionMappers {

    /** Two writers started from the same version; this one lost the race. */
    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpServerRequest request) {
        return Problems.response(ProblemType.PRECONDITION_FAILED,
                "The resource was changed by another request at the same time; read it again and reapply your change.",
                request);
    }

    /** A unique key taken by a concurrent request between our check and our insert. */
    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, HttpServerRequest request) {
        if (e.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
            return Problems.response(ProblemType.CONFLICT,
                    "This conflicts with an existing resource (" + e.getConstraintName() + ").", request);
        }
        return Problems.response(ProblemType.UNPROCESSABLE,
                "The change breaks a rule of the data (" + e.getConstraintName() + ").", request);
    }
}
