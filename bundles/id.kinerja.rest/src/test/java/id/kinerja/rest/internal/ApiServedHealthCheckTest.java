package id.kinerja.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.felix.hc.api.Result;
import org.junit.jupiter.api.Test;
import org.osgi.service.http.runtime.dto.DTOConstants;
import org.osgi.service.http.runtime.dto.FailedServletDTO;
import org.osgi.service.http.runtime.dto.RuntimeDTO;
import org.osgi.service.http.runtime.dto.ServletContextDTO;
import org.osgi.service.http.runtime.dto.ServletDTO;

/** Up only while the web server's runtime lists the API servlet as mapped. */
class ApiServedHealthCheckTest {

    static ServletDTO servlet(String name) {
        ServletDTO servlet = new ServletDTO();
        servlet.name = name;
        return servlet;
    }

    static RuntimeDTO runtime(ServletDTO... mapped) {
        ServletContextDTO context = new ServletContextDTO();
        context.name = "default";
        context.servletDTOs = mapped;
        RuntimeDTO runtime = new RuntimeDTO();
        runtime.servletContextDTOs = new ServletContextDTO[] { context };
        runtime.failedServletDTOs = new FailedServletDTO[0];
        return runtime;
    }

    @Test
    void upWhileTheApiServletIsMapped() {
        assertEquals(Result.Status.OK, ApiServedHealthCheck.judge(runtime(servlet("kinerja-app"), servlet(ApiServlet.NAME))).getStatus());
    }

    @Test
    void downWhenOnlyOtherServletsAreMapped() {
        assertEquals(Result.Status.CRITICAL, ApiServedHealthCheck.judge(runtime(servlet("kinerja-app"))).getStatus());
        assertEquals(Result.Status.CRITICAL, ApiServedHealthCheck.judge(new RuntimeDTO()).getStatus(), "a runtime that lists nothing");
    }

    @Test
    void downWithTheReasonWhenTheWebServerRefusedIt() {
        RuntimeDTO runtime = runtime();
        FailedServletDTO failed = new FailedServletDTO();
        failed.name = ApiServlet.NAME;
        failed.failureReason = DTOConstants.FAILURE_REASON_NO_SERVLET_CONTEXT_MATCHING;
        runtime.failedServletDTOs = new FailedServletDTO[] { failed };
        Result result = ApiServedHealthCheck.judge(runtime);
        assertEquals(Result.Status.CRITICAL, result.getStatus());
        assertTrue(result.toString().contains("alasan " + DTOConstants.FAILURE_REASON_NO_SERVLET_CONTEXT_MATCHING), result.toString());
    }
}
