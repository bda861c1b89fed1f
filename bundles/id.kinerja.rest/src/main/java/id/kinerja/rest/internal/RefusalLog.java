package id.kinerja.rest.internal;

import java.time.Clock;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.Context;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line in the log for each request the API refused (4xx), never a stack trace, and at most
 * {@link #LINES_PER_MINUTE} lines a minute: beyond that the refusals of the minute are counted and
 * reported in one line, so that a flood of bad requests cannot push the log of the last days out of
 * the rolling files. (The database keeps every login and write whatever the file log says.)
 */
final class RefusalLog {

    static final int LINES_PER_MINUTE = 60;
    private static final Logger LOG = LoggerFactory.getLogger("id.kinerja.rest.refused");

    private final Clock clock;
    private long minute = Long.MIN_VALUE;
    private int lines;
    private int unlogged;

    RefusalLog(Clock clock) {
        this.clock = clock;
    }

    /** Logs one refusal of {@code request} (which may be {@code null} outside a request). */
    void refused(HttpServletRequest request, int status, String code) {
        String unloggedBefore = admit();
        if (unloggedBefore == null) {
            return;
        }
        if (!unloggedBefore.isEmpty()) {
            LOG.info(unloggedBefore);
        }
        String method = request == null ? "?" : request.getMethod();
        String path = request == null ? "?" : request.getRequestURI();
        Object client = request == null ? null : request.getAttribute(id.kinerja.core.api.rest.RestResource.CLIENT_ADDRESS_ATTRIBUTE);
        LOG.info("Refused {} {} from {}: {} {}", method, path, client, status, code);
    }

    /**
     * {@code null} when this minute's lines are used up (the refusal is counted), otherwise the line
     * reporting the refusals of the previous minute that were not logged ("" if none).
     */
    synchronized String admit() {
        long now = clock.millis() / 60_000;
        String report = "";
        if (now != minute) {
            if (unlogged > 0) {
                report = unlogged + " more refused requests were not logged in the minute before";
            }
            minute = now;
            lines = 0;
            unlogged = 0;
        }
        if (lines >= LINES_PER_MINUTE) {
            unlogged++;
            return null;
        }
        lines++;
        return report;
    }

    /** The Jersey side: every answer of one container that refuses the request (4xx) goes to the shared {@link RefusalLog}. */
    static final class Filter implements ContainerResponseFilter {

        private final RefusalLog log;

        @Context
        private HttpServletRequest servletRequest;

        Filter(RefusalLog log) {
            this.log = log;
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            int status = response.getStatus();
            if (status >= 400 && status < 500) {
                log.refused(servletRequest, status, response.getEntity() instanceof ErrorBody body ? body.error() : "HTTP_" + status);
            }
        }
    }
}
