package id.kinerja.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.ResultLog;
import org.apache.felix.hc.api.execution.HealthCheckExecutionResult;
import org.apache.felix.hc.api.execution.HealthCheckExecutor;
import org.apache.felix.hc.api.execution.HealthCheckSelector;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs the health checks tagged {@code kinerja} (Apache Felix Health Checks: the database, the
 * Kinerja bundles started, the disk of the data and evidence, the API served by the web server; a
 * vendor's module may add its own with the same tag) and sums them up. A check the platform needs that is not there at all (its component
 * could not start) counts as down.
 */
@Component(service = PlatformHealth.class)
public class PlatformHealth {

    static final String TAG = "kinerja";
    /** The checks every platform has (features/: kinerja-core's configuration, id.kinerja.core.db and id.kinerja.rest). */
    static final Set<String> REQUIRED = Set.of("Basis data", "Modul Kinerja berjalan", "Ruang disk data dan bukti dukung", "Layanan API");

    private final HealthCheckExecutor executor;

    @Activate
    public PlatformHealth(@Reference HealthCheckExecutor executor) {
        this.executor = executor;
    }

    public HealthReport report() {
        List<HealthReport.Check> checks = new ArrayList<>();
        Set<String> missing = new TreeSet<>(REQUIRED);
        boolean up = true;
        for (HealthCheckExecutionResult execution : executor.execute(HealthCheckSelector.tags(TAG))) {
            Result result = execution.getHealthCheckResult();
            String name = execution.getHealthCheckMetadata().getName();
            missing.remove(name);
            List<String> messages = new ArrayList<>();
            for (ResultLog.Entry entry : result) {
                if (!entry.isDebug()) {
                    messages.add(entry.getStatus() + " " + entry.getMessage());
                }
            }
            up &= result.getStatus() == Result.Status.OK || result.getStatus() == Result.Status.WARN;
            checks.add(new HealthReport.Check(name, result.getStatus().name(), messages));
        }
        for (String name : missing) {
            checks.add(new HealthReport.Check(name, "MISSING", List.of("Pemeriksaan ini tidak terpasang atau tidak dapat berjalan")));
            up = false;
        }
        return new HealthReport(up ? "UP" : "DOWN", checks);
    }
}
