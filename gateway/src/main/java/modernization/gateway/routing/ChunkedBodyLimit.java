package modernization.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ProblemType;

/**
 * Holds the body limit for bodies sent without a length (chunked). A declared length over the limit
 * is refused before any byte is read (Quarkus's {@code max-body-size}); a chunked body can only be
 * measured by reading it, so it is collected here, up to the limit, and sent on with its length.
 * Over the limit the caller gets 413 problem+json and the service is never called. Bodies with a
 * length are streamed through untouched.
 */
final class ChunkedBodyLimit implements ProxyInterceptor {

    private final long limit;

    ChunkedBodyLimit(long limit) {
        this.limit = limit;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        Body body = request.getBody();
        if (body == null || body.length() >= 0 || request.proxiedRequest().getHeader("Transfer-Encoding") == null) {
            return context.sendRequest();
        }
        return collect(body.stream()).compose(collected -> {
            if (collected == null) {
                return Future.succeededFuture(tooLarge(request));
            }
            request.setBody(Body.body(collected));
            return context.sendRequest();
        });
    }

    /** The whole body, or null as soon as it passes the limit (the rest is not read). */
    private Future<Buffer> collect(ReadStream<Buffer> stream) {
        Promise<Buffer> result = Promise.promise();
        Buffer collected = Buffer.buffer();
        stream.exceptionHandler(result::tryFail);
        stream.handler(chunk -> {
            if (collected.length() + chunk.length() > limit) {
                stream.pause();
                result.tryComplete(null);
            } else {
                collected.appendBuffer(chunk);
            }
        });
        stream.endHandler(done -> result.tryComplete(collected));
        stream.resume();
        return result.future();
    }

    private ProxyResponse tooLarge(ProxyRequest request) {
        ProxyResponse response = ProxyProblems.response(request, ProblemType.PAYLOAD_TOO_LARGE, new LocalizedText(
                "The request body is larger than the %d KiB this API accepts.",
                "محتوى الطلب أكبر من %d كيلوبايت، وهو الحد الذي تقبله هذه الواجهة البرمجية.",
                "ناوەڕۆکی داواکاری لە %d KiB گەورەترە، کە ئەم API-یە وەری دەگرێت.").format(limit / 1024));
        // the unread rest of the body makes the connection unusable for another request
        response.putHeader("Connection", "close");
        return response;
    }
}
