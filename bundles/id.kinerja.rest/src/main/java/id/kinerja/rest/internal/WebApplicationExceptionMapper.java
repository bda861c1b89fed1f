package id.kinerja.rest.internal;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import org.glassfish.jersey.server.ParamException;

/** JAX-RS errors (unknown path, wrong method, bad query parameter) as JSON error bodies. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response refused = UnexpectedExceptionMapper.bodyRefused(e);
        if (refused != null) {
            return refused;
        }
        if (e instanceof ParamException param) {
            String field = param.getParameterName();
            return ErrorResponses.of(400, "INVALID_PARAMETER", field,
                    "Nilai parameter " + field + " tidak valid", "The value of the parameter " + field + " is not valid");
        }
        if (e instanceof NotFoundException) {
            return ErrorResponses.of(404, "NOT_FOUND", null,
                    "Alamat tidak ditemukan", "No resource at this address");
        }
        if (e instanceof NotAllowedException) {
            Response.ResponseBuilder b = Response.fromResponse(ErrorResponses.of(405, "METHOD_NOT_ALLOWED", null,
                    "Metode HTTP tidak diizinkan di alamat ini", "HTTP method not allowed at this address"));
            return b.allow(e.getResponse().getAllowedMethods()).build();
        }
        if (e instanceof NotSupportedException) {
            return ErrorResponses.of(415, "UNSUPPORTED_MEDIA_TYPE", null,
                    "Jenis isi permintaan tidak didukung", "The request's content type is not supported");
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return UnexpectedExceptionMapper.internalError(e);
        }
        return ErrorResponses.of(status, "HTTP_" + status, null,
                "Permintaan tidak dapat diproses", "The request cannot be processed");
    }
}
