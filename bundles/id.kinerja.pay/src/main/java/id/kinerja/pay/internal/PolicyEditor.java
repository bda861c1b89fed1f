package id.kinerja.pay.internal;

import java.io.IOException;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

import org.apache.karaf.config.core.ConfigRepository;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.core.api.Dates;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.security.Caller;

/**
 * Changes the city's TPP policies from the API, the way an administrator does with Karaf's
 * {@code config:} commands: through Karaf's configuration repository, so that every policy stays a
 * file in {@code etc/} ({@code id.kinerja.pay.policy-<YYYY-MM>.cfg} for a new one) that the city's
 * backups and its IT team see. A policy is changed, added or removed only from a month after the
 * last one paid (a run approved or closed): what was paid keeps the rules it was paid by.
 */
@Component(service = PolicyEditor.class)
public class PolicyEditor {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyEditor.class);
    /** How long a change may take to be in force (the configuration admin applies it asynchronously). */
    static final long APPLY_WAIT_MILLIS = 15_000;

    /** A policy saved, and whether it is a new one. */
    public record Saved(PolicyView view, boolean created) {
    }

    private final PayPolicies policies;
    private final PayRunSteps runs;
    private final ConfigRepository repository;

    @Activate
    public PolicyEditor(@Reference PayPolicies policies, @Reference PayRunSteps runs, @Reference ConfigRepository repository) {
        this.policies = policies;
        this.runs = runs;
        this.repository = repository;
    }

    /** The policy in force from exactly {@code month} (404 when none is). */
    public PolicyView view(Caller caller, String month) {
        YearMonth from = month(month);
        return viewOf(caller, policies.policyFrom(from).orElseThrow(() -> notFound(from)));
    }

    /** Sets the policy in force from {@code month}: a new one, or the one already there replaced. */
    public synchronized Saved save(Caller caller, String month, PolicyBody body) {
        YearMonth from = month(month);
        if (body == null) {
            throw KinerjaException.badRequest("BODY_REQUIRED", null, "Isi kebijakan wajib dikirim", "The policy is required");
        }
        PayPolicy policy = body.toPolicy(from);
        notPaid(from);
        Map<String, Object> config = PolicyBody.configOf(policy);
        Optional<String> pid = pidOf(from);
        try {
            if (pid.isPresent()) {
                repository.update(pid.get(), config);
            } else {
                repository.createFactoryConfiguration(PolicyConfig.FACTORY_PID, from.toString(), config);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the TPP policy from " + from + " could not be written", e);
        }
        awaitInForce(from, config);
        LOG.info("TPP policy in force from {} {} by {}: {}", from, pid.isPresent() ? "changed" : "added", caller.actingNip(), config);
        return new Saved(view(caller, from.toString()), pid.isEmpty());
    }

    /** Removes the policy in force from {@code month}; the months it covered fall to the one before it. */
    public synchronized void delete(Caller caller, String month) {
        YearMonth from = month(month);
        policies.policyFrom(from).orElseThrow(() -> notFound(from));
        notPaid(from);
        String pid = pidOf(from).orElseThrow(() -> notFound(from));
        try {
            repository.delete(pid);
        } catch (Exception e) {
            throw new IllegalStateException("the TPP policy from " + from + " could not be removed", e);
        }
        long deadline = System.currentTimeMillis() + APPLY_WAIT_MILLIS;
        while (policies.policyFrom(from).isPresent() && System.currentTimeMillis() < deadline) {
            pause();
        }
        LOG.info("TPP policy in force from {} removed by {}", from, caller.actingNip());
    }

    private PolicyView viewOf(Caller caller, PayPolicy policy) {
        Optional<YearMonth> paid = runs.paidUntil();
        boolean mayWrite = caller.has(PayPermissions.POLICIES_WRITE);
        boolean changeable = mayWrite && paid.map(policy.effectiveFrom()::isAfter).orElse(true);
        return new PolicyView(policy.effectiveFrom().toString(), PolicyBody.of(policy), changeable, mayWrite, paid.map(YearMonth::toString).orElse(null),
                runs.openRunMonths(policy.effectiveFrom()));
    }

    private void notPaid(YearMonth from) {
        Optional<YearMonth> paid = runs.paidUntil();
        if (paid.isPresent() && !from.isAfter(paid.get())) {
            throw KinerjaException.conflict("POLICY_MONTH_PAID", "effectiveFrom",
                    "TPP sampai " + paid.get() + " sudah disetujui atau dibayar dengan kebijakan yang berlaku saat itu; kebijakan yang diubah berlaku mulai "
                            + paid.get().plusMonths(1) + " atau sesudahnya",
                    "TPP up to " + paid.get() + " was approved or paid by the policy then in force; a changed policy is in force from "
                            + paid.get().plusMonths(1) + " or later");
        }
    }

    /** The configuration of the policy in force from this month, if one is (a file's or one made here). */
    private Optional<String> pidOf(YearMonth from) {
        try {
            Configuration[] configurations = repository.getConfigAdmin()
                    .listConfigurations("(service.factoryPid=" + PolicyConfig.FACTORY_PID + ")");
            if (configurations == null) {
                return Optional.empty();
            }
            for (Configuration configuration : configurations) {
                Object effective = configuration.getProperties() == null ? null : configuration.getProperties().get("effectiveFrom");
                if (effective != null && from.toString().equals(effective.toString().strip())) {
                    return Optional.of(configuration.getPid());
                }
            }
            return Optional.empty();
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("the TPP policies' configurations could not be listed", e);
        }
    }

    private void awaitInForce(YearMonth from, Map<String, Object> config) {
        long deadline = System.currentTimeMillis() + APPLY_WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Optional<PayPolicy> now = policies.policyFrom(from);
            if (now.isPresent() && PolicyBody.configOf(now.get()).equals(config)) {
                return;
            }
            pause();
        }
        throw new IllegalStateException("the TPP policy from " + from + " was written but not in force after " + APPLY_WAIT_MILLIS + " ms");
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a TPP policy was applied", e);
        }
    }

    private static YearMonth month(String month) {
        return Dates.month("effectiveFrom", month);
    }

    private static KinerjaException notFound(YearMonth from) {
        return KinerjaException.notFound("POLICY_NOT_FOUND", "effectiveFrom", "Tidak ada kebijakan TPP yang berlaku mulai " + from,
                "No TPP policy is in force from " + from);
    }
}
