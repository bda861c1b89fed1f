package id.kinerja.rest.internal;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import id.kinerja.core.api.KinerjaException;

/** Maps a broken domain rule to its HTTP 4xx answer. */
@Provider
public class KinerjaExceptionMapper implements ExceptionMapper<KinerjaException> {

    @Override
    public Response toResponse(KinerjaException e) {
        Response response = ErrorResponses.of(status(e.getKind()),
                new ErrorBody(e.getCode(), e.getMessageId(), e.getMessageEn(), e.getField(), e.getDetails()));
        if (e.getKind() == KinerjaException.Kind.UNAUTHENTICATED) {
            response.getHeaders().add("WWW-Authenticate", "Bearer realm=\"kinerja\"");
        }
        if (e.getKind() == KinerjaException.Kind.TOO_MANY_REQUESTS) {
            response.getHeaders().add("Retry-After", e.getRetryAfterSeconds());
        }
        return response;
    }

    static int status(KinerjaException.Kind kind) {
        return switch (kind) {
            case BAD_REQUEST -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
            case UNAUTHENTICATED -> 401;
            case TOO_MANY_REQUESTS -> 429;
        };
    }
}
