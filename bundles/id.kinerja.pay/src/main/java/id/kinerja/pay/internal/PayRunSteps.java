package id.kinerja.pay.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.notification.NotificationEvents;
import id.kinerja.core.api.security.AccessControl;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.time.CityTime;
import id.kinerja.pay.internal.model.PayRunEntity;

/** A computed run's steps: checked, approved, closed, one at a time; a checked run tells whoever may approve it. */
@Component(service = PayRunSteps.class)
public class PayRunSteps {

    private final JpaTemplate jpa;
    private final Clock clock;

    /** Tells approvers a run waits for them (the notifications' topic); none in unit tests. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;
    /** Who holds the approval permission. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AccessControl access;

    @Activate
    public PayRunSteps(@Reference(target = "(osgi.unit.name=kinerja-pay)") JpaTemplate jpa, @Reference CityTime city, @Reference PaySchema schema) {
        this.jpa = jpa;
        this.clock = city.clock();
    }

    /** DRAFT → CHECKED → APPROVED → CLOSED, one step at a time. */
    public PayRun advance(Caller caller, long runId, PayRun.Status to) {
        String actor = caller.actingNip();
        PayRun advanced = jpa.txExpr(TransactionType.Required, em -> {
            PayRunEntity run = PayRunService.find(em, runId);
            PayRun.Status expected = switch (to) {
                case CHECKED -> PayRun.Status.DRAFT;
                case APPROVED -> PayRun.Status.CHECKED;
                case CLOSED -> PayRun.Status.APPROVED;
                case DRAFT -> throw KinerjaException.badRequest("INVALID_STEP", "status", "Tidak kembali ke draf", "No way back to draft");
            };
            if (run.nextGeneration != null || run.generation == 0) {
                throw KinerjaException.conflict("RUN_COMPUTING", "status", "TPP " + run.month + " belum selesai dihitung; hitung lagi sampai selesai",
                        "The run of " + run.month + " has a computation that did not complete; compute it again until it does");
            }
            if (run.status != expected) {
                throw KinerjaException.conflict("INVALID_STEP", "status", "TPP " + run.month + " berstatus " + run.status + ", bukan " + expected,
                        "The run of " + run.month + " is " + run.status + ", not " + expected);
            }
            run.status = to;
            switch (to) {
                case CHECKED -> run.checkedBy = actor;
                case APPROVED -> run.approvedBy = actor;
                case CLOSED -> {
                    run.closedBy = actor;
                    run.closedAt = Timestamp.from(clock.instant());
                }
                default -> {
                }
            }
            return run.toRun();
        });
        if (to == PayRun.Status.CHECKED) {
            readyToApprove(advanced, actor);
        }
        return advanced;
    }

    /** Tells whoever may approve runs (through an assigned role) that a checked run waits for them. */
    private void readyToApprove(PayRun run, String checkedBy) {
        EventAdmin admin = events;
        AccessControl control = access;
        if (admin == null || control == null) {
            return;
        }
        List<String> approvers = control.holdersOf(PayPermissions.RUNS_APPROVE).stream().filter(nip -> !nip.equals(checkedBy)).toList();
        if (!approvers.isEmpty()) {
            String scope = run.unitCode() == null ? "seluruh kota" : run.unitCode();
            String scopeEn = run.unitCode() == null ? "the whole city" : run.unitCode();
            admin.postEvent(new Event(NotificationEvents.TOPIC, NotificationEvents.of("kinerja-pay", approvers, "TPP " + run.month() + " menunggu persetujuan",
                    "The TPP run of " + run.month() + " awaits approval", "Proses TPP " + run.month() + " (" + scope + ", " + run.slipCount()
                            + " slip) sudah diperiksa dan menunggu persetujuan Anda.", "The TPP run of " + run.month() + " (" + scopeEn + ", "
                            + run.slipCount() + " slips) is checked and awaits your approval.", "tpp/" + run.id())));
        }
    }

    /** The latest month a run of which was approved or closed: its slips were paid by the policy then in force. */
    public java.util.Optional<java.time.YearMonth> paidUntil() {
        String month = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT MAX(r.month) FROM PayRunEntity r WHERE r.status IN :paid", String.class)
                .setParameter("paid", List.of(PayRun.Status.APPROVED, PayRun.Status.CLOSED)).getSingleResult());
        return java.util.Optional.ofNullable(month).map(java.time.YearMonth::parse);
    }

    /** The months from {@code from} on with a run still open (draft or checked). */
    public List<String> openRunMonths(java.time.YearMonth from) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT DISTINCT r.month FROM PayRunEntity r WHERE r.status IN :open AND r.month >= :from ORDER BY r.month", String.class)
                .setParameter("open", List.of(PayRun.Status.DRAFT, PayRun.Status.CHECKED)).setParameter("from", from.toString()).getResultList());
    }
}
