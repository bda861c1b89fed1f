package id.kinerja.rest.internal;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.dto.FailedServletDTO;
import org.osgi.service.http.runtime.dto.RuntimeDTO;
import org.osgi.service.http.runtime.dto.ServletContextDTO;

/**
 * The platform's health (GET /health): the web server serves the API, as its own runtime reports it
 * (the servlet {@value ApiServlet#NAME} mapped in a context, not among the servlets it failed to
 * map). A node whose API is not served is down for its load balancer and its administrator, who
 * restarts it; nothing here registers the servlet again. While the API's bundle is away this check
 * is missing, which the health endpoint reports as down too.
 */
@Component(service = HealthCheck.class, property = { HealthCheck.NAME + "=" + ApiServedHealthCheck.NAME, HealthCheck.TAGS + "=kinerja" })
public class ApiServedHealthCheck implements HealthCheck {

    static final String NAME = "Layanan API";

    private final HttpServiceRuntime runtime;

    @Activate
    public ApiServedHealthCheck(@Reference HttpServiceRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Result execute() {
        return judge(runtime.getRuntimeDTO());
    }

    /** What the web server's runtime says of the API servlet. */
    static Result judge(RuntimeDTO served) {
        boolean mapped = Stream.of(Objects.requireNonNullElse(served.servletContextDTOs, new ServletContextDTO[0]))
                .flatMap(context -> context.servletDTOs == null ? Stream.empty() : Arrays.stream(context.servletDTOs))
                .anyMatch(servlet -> ApiServlet.NAME.equals(servlet.name));
        if (mapped) {
            return new Result(Result.Status.OK, "Server web melayani API di /api (" + ApiServlet.NAME + ")");
        }
        Optional<FailedServletDTO> failed = Stream.of(Objects.requireNonNullElse(served.failedServletDTOs, new FailedServletDTO[0]))
                .filter(servlet -> ApiServlet.NAME.equals(servlet.name)).findFirst();
        return new Result(Result.Status.CRITICAL, failed.map(f -> "Server web menolak servlet API (alasan " + f.failureReason + "): mulai ulang Kinerja")
                .orElse("Server web tidak melayani API di /api (servlet " + ApiServlet.NAME + " tidak terpetakan)"));
    }
}
