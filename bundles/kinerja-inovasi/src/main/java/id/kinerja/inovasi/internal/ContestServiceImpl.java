package id.kinerja.inovasi.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.Dates;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;
import id.kinerja.inovasi.api.Contest;
import id.kinerja.inovasi.api.ContestService;
import id.kinerja.inovasi.api.ContestStatus;
import id.kinerja.inovasi.api.NewContest;
import id.kinerja.inovasi.api.NewCriterion;
import id.kinerja.inovasi.api.NewProposal;
import id.kinerja.inovasi.api.Proposal;
import id.kinerja.inovasi.api.ProposalStatus;
import id.kinerja.inovasi.api.Score;
import id.kinerja.inovasi.internal.model.ContestEntity;
import id.kinerja.inovasi.internal.model.CriterionEntity;
import id.kinerja.inovasi.internal.model.ProposalEntity;
import id.kinerja.inovasi.internal.model.ScoreEntity;

/** The innovation contest in the module's tables: opening, proposals, screening, judging, results, innovations in use. */
@Component(service = ContestService.class)
public class ContestServiceImpl implements ContestService {

    static final int MAX_JUDGES = 20;
    static final int MAX_CRITERIA = 10;
    static final int MAX_TEAM = 10;

    private final JpaTemplate jpa;
    private final Inputs inputs;
    private final Clock clock;

    @Activate
    public ContestServiceImpl(@Reference(target = "(osgi.unit.name=kinerja-inovasi)") JpaTemplate jpa, @Reference StaffService staff,
            @Reference CityTime city, @Reference InovasiSchema schema) {
        this.jpa = jpa;
        this.inputs = new Inputs(staff);
        this.clock = city.clock();
    }

    @Override
    public Contest open(Caller caller, NewContest contest) {
        String organiser = inputs.employed(caller.actingNip(), "organiserNip").nip();
        Inputs.required(contest, "contest");
        int year = Inputs.required(contest.year(), "year");
        if (!Dates.inRange(year)) {
            throw KinerjaException.badRequest("INVALID_YEAR", "year", "Tahun tidak valid: " + year, "Invalid year: " + year);
        }
        String title = Inputs.text(contest.title(), "title", 200);
        int winners = contest.winners() == null ? 3 : contest.winners();
        if (winners < 1 || winners > 10) {
            throw KinerjaException.badRequest("INVALID_WINNERS", "winners", "Jumlah pemenang 1 sampai 10", "1 to 10 winners");
        }
        List<NewCriterion> criteria = contest.criteria() == null ? List.of() : contest.criteria();
        if (criteria.size() > MAX_CRITERIA || !Judging.validWeights(criteria.stream().map(c -> c == null ? null : c.weight()).toList())) {
            throw KinerjaException.badRequest("INVALID_CRITERIA", "criteria", "1 sampai " + MAX_CRITERIA + " kriteria, bobot masing-masing 1–100, jumlahnya 100",
                    "1 to " + MAX_CRITERIA + " criteria, each weighing 1–100, adding up to 100");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            names.add(Inputs.text(criteria.get(i).name(), "criteria[" + i + "].name", 200));
        }
        List<String> judges = inputs.employed(contest.judges(), "judges");
        if (judges.isEmpty() || judges.size() > MAX_JUDGES) {
            throw KinerjaException.badRequest("JUDGES_REQUIRED", "judges", "Tunjuk 1 sampai " + MAX_JUDGES + " juri", "Name 1 to " + MAX_JUDGES + " judges");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ContestEntity c = new ContestEntity();
            c.contestYear = year;
            c.title = title;
            c.status = ContestStatus.OPEN;
            c.winners = winners;
            c.createdBy = organiser;
            c.judges = new ArrayList<>(judges);
            em.persist(c);
            em.flush();
            for (int i = 0; i < criteria.size(); i++) {
                CriterionEntity k = new CriterionEntity();
                k.contestId = c.id;
                k.name = names.get(i);
                k.weight = criteria.get(i).weight();
                k.sortOrder = i;
                em.persist(k);
            }
            em.flush();
            return Views.contest(c, criteria(em, c.id));
        });
    }

    @Override
    public Contest get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Views.contest(contest(em, id), criteria(em, id)));
    }

    @Override
    public List<Contest> contests() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT c FROM ContestEntity c ORDER BY c.contestYear DESC, c.id DESC",
                ContestEntity.class).setMaxResults(200).getResultList().stream().map(c -> Views.contest(c, criteria(em, c.id))).toList());
    }

    @Override
    public Proposal propose(Caller caller, long contestId, NewProposal proposal) {
        StaffMember proposer = inputs.employed(caller.actingNip(), "proposerNip");
        Inputs.required(proposal, "proposal");
        String title = Inputs.text(proposal.title(), "title", 200);
        String problem = Inputs.text(proposal.problem(), "problem", 4000);
        String solution = Inputs.text(proposal.solution(), "solution", 4000);
        List<String> team = inputs.employed(proposal.team(), "team");
        team.remove(proposer.nip());
        if (team.size() > MAX_TEAM) {
            throw KinerjaException.badRequest("TEAM_TOO_LARGE", "team", "Paling banyak " + MAX_TEAM + " anggota tim", "At most " + MAX_TEAM + " team members");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ContestEntity c = contest(em, contestId);
            if (c.status != ContestStatus.OPEN) {
                throw Inputs.rule("CONTEST_NOT_OPEN", "contestId", "Kontes ini tidak lagi menerima usulan", "This contest no longer takes proposals");
            }
            if (c.judges.contains(proposer.nip()) || team.stream().anyMatch(c.judges::contains)) {
                throw Inputs.rule("JUDGE_CANNOT_PROPOSE", "team", "Juri kontes ini tidak ikut mengusulkan", "A judge of this contest does not propose");
            }
            ProposalEntity p = new ProposalEntity();
            p.contestId = c.id;
            p.title = title;
            p.problem = problem;
            p.solution = solution;
            p.proposerNip = proposer.nip();
            p.unitCode = proposer.unitCode();
            p.team = new ArrayList<>(team);
            p.status = ProposalStatus.SUBMITTED;
            p.submittedOn = LocalDate.now(clock);
            em.persist(p);
            em.flush();
            return Views.proposal(p, c.winners);
        });
    }

    @Override
    public Proposal proposal(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            ProposalEntity p = proposal(em, id);
            return Views.proposal(p, contest(em, p.contestId).winners);
        });
    }

    @Override
    public Page<Proposal> proposals(long contestId, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            ContestEntity c = contest(em, contestId);
            List<Proposal> items = em.createQuery("SELECT p FROM ProposalEntity p WHERE p.contestId = :c ORDER BY p.id", ProposalEntity.class)
                    .setParameter("c", contestId).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(p -> Views.proposal(p, c.winners)).toList();
            long total = em.createQuery("SELECT COUNT(p) FROM ProposalEntity p WHERE p.contestId = :c", Long.class).setParameter("c", contestId)
                    .getSingleResult();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    @Override
    public List<Proposal> proposalsOf(String nip) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT DISTINCT p FROM ProposalEntity p LEFT JOIN p.team t"
                + " WHERE p.proposerNip = :nip OR t = :nip ORDER BY p.id DESC", ProposalEntity.class).setParameter("nip", nip).setMaxResults(200)
                .getResultList().stream().map(p -> Views.proposal(p, contest(em, p.contestId).winners)).toList());
    }

    @Override
    public Proposal screen(Caller caller, long proposalId, boolean shortlisted, String note) {
        inputs.employed(caller.actingNip(), "organiserNip");
        String reason = shortlisted ? Inputs.optionalText(note, "note", 1000) : Inputs.text(note, "note", 1000);
        return jpa.txExpr(TransactionType.Required, em -> {
            ProposalEntity p = proposal(em, proposalId);
            ContestEntity c = contest(em, p.contestId);
            if (c.status != ContestStatus.OPEN) {
                throw Inputs.rule("CONTEST_NOT_OPEN", "status", "Usulan disaring selama kontes masih terbuka", "Proposals are screened while the contest is open");
            }
            p.status = shortlisted ? ProposalStatus.SHORTLISTED : ProposalStatus.REJECTED;
            p.screeningNote = reason;
            em.flush();
            return Views.proposal(p, c.winners);
        });
    }

    @Override
    public Contest advance(Caller caller, long contestId, ContestStatus to) {
        inputs.employed(caller.actingNip(), "organiserNip");
        Inputs.required(to, "status");
        return jpa.txExpr(TransactionType.Required, em -> {
            ContestEntity c = contest(em, contestId);
            List<ProposalEntity> proposals = em.createQuery("SELECT p FROM ProposalEntity p WHERE p.contestId = :c ORDER BY p.id", ProposalEntity.class)
                    .setParameter("c", contestId).getResultList();
            if (c.status == ContestStatus.OPEN && to == ContestStatus.JUDGING) {
                long unscreened = proposals.stream().filter(p -> p.status == ProposalStatus.SUBMITTED).count();
                if (unscreened > 0 || proposals.stream().noneMatch(p -> p.status == ProposalStatus.SHORTLISTED)) {
                    throw Inputs.rule("SCREENING_INCOMPLETE", "status", unscreened + " usulan belum disaring, atau belum ada yang lolos",
                            unscreened + " proposals are not screened yet, or none is shortlisted");
                }
            } else if (c.status == ContestStatus.JUDGING && to == ContestStatus.CLOSED) {
                decide(em, c, proposals.stream().filter(p -> p.status == ProposalStatus.SHORTLISTED).toList());
                c.closedOn = LocalDate.now(clock);
            } else {
                throw Inputs.rule("INVALID_TRANSITION", "status", "Kontes " + c.status + " tidak dapat menjadi " + to,
                        "A contest " + c.status + " cannot become " + to);
            }
            c.status = to;
            em.flush();
            return Views.contest(c, criteria(em, c.id));
        });
    }

    /** Every judge has scored every shortlisted proposal on every criterion: the final scores and ranks; otherwise a 422 saying how many sheets are missing. */
    private void decide(EntityManager em, ContestEntity c, List<ProposalEntity> shortlisted) {
        Map<Long, Integer> weights = criteria(em, c.id).stream().collect(Collectors.toMap(k -> k.id, k -> k.weight, (a, b) -> a, LinkedHashMap::new));
        Map<Long, BigDecimal> scores = new HashMap<>();
        int missing = 0;
        for (ProposalEntity p : shortlisted) {
            Map<String, Map<Long, Integer>> sheets = sheets(em, p.id);
            List<String> judges = c.judges.stream().filter(j -> !p.proposerNip.equals(j) && !p.team.contains(j)).toList();
            for (String judge : judges) {
                if (!sheets.containsKey(judge) || !sheets.get(judge).keySet().containsAll(weights.keySet())) {
                    missing++;
                }
            }
            if (missing == 0) {
                sheets.keySet().retainAll(judges);
                scores.put(p.id, Judging.finalScore(sheets, weights));
            }
        }
        if (missing > 0) {
            throw Inputs.rule("JUDGING_INCOMPLETE", "status", missing + " lembar penilaian juri belum lengkap", missing + " judges' sheets are incomplete");
        }
        Map<Long, Integer> ranks = Judging.rank(scores);
        for (ProposalEntity p : shortlisted) {
            p.finalScore = scores.get(p.id);
            p.finalRank = ranks.get(p.id);
        }
    }

    @Override
    public List<Score> score(Caller caller, long proposalId, List<Score> scores) {
        String judge = inputs.employed(caller.actingNip(), "judgeNip").nip();
        Inputs.required(scores, "scores");
        return jpa.txExpr(TransactionType.Required, em -> {
            ProposalEntity p = proposal(em, proposalId);
            ContestEntity c = contest(em, p.contestId);
            if (!c.judges.contains(judge)) {
                throw KinerjaException.forbidden("NOT_A_JUDGE", null, "Anda bukan juri kontes ini", "You are not a judge of this contest");
            }
            if (p.proposerNip.equals(judge) || p.team.contains(judge)) {
                throw KinerjaException.forbidden("OWN_PROPOSAL", null, "Juri tidak menilai usulannya sendiri", "A judge does not score their own proposal");
            }
            if (c.status != ContestStatus.JUDGING || p.status != ProposalStatus.SHORTLISTED) {
                throw Inputs.rule("NOT_BEING_JUDGED", "status", "Hanya usulan yang lolos dinilai, selama tahap penjurian",
                        "Only shortlisted proposals are scored, while the contest is being judged");
            }
            Map<Long, Integer> sheet = sheet(scores, criteria(em, c.id));
            em.createQuery("DELETE FROM ScoreEntity s WHERE s.proposalId = :p AND s.judgeNip = :j").setParameter("p", p.id).setParameter("j", judge)
                    .executeUpdate();
            for (Map.Entry<Long, Integer> e : sheet.entrySet()) {
                ScoreEntity s = new ScoreEntity();
                s.proposalId = p.id;
                s.judgeNip = judge;
                s.criterionId = e.getKey();
                s.score = e.getValue();
                s.scoredAt = Timestamp.from(clock.instant());
                em.persist(s);
            }
            em.flush();
            return sheet.entrySet().stream().map(e -> new Score(e.getKey(), e.getValue())).toList();
        });
    }

    /** A complete sheet: one score of 0–100 for each criterion of the contest, nothing else. */
    private static Map<Long, Integer> sheet(List<Score> scores, List<CriterionEntity> criteria) {
        Map<Long, Integer> sheet = new LinkedHashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            Score s = Inputs.required(scores.get(i), "scores[" + i + "]");
            int value = Inputs.required(s.score(), "scores[" + i + "].score");
            if (value < Judging.MIN_SCORE || value > Judging.MAX_SCORE || criteria.stream().noneMatch(k -> k.id == s.criterionId())) {
                throw KinerjaException.badRequest("INVALID_SCORE", "scores[" + i + "]", "Nilai 0–100 untuk kriteria kontes ini",
                        "A score of 0–100 for a criterion of this contest");
            }
            sheet.put(s.criterionId(), value);
        }
        if (sheet.size() != criteria.size()) {
            throw KinerjaException.badRequest("SHEET_INCOMPLETE", "scores", "Beri nilai untuk setiap kriteria (" + criteria.size() + ")",
                    "Score every criterion (" + criteria.size() + ")");
        }
        return sheet;
    }

    @Override
    public List<Score> scoresOf(Caller caller, long proposalId) {
        String judge = caller.actingNip();
        return jpa.txExpr(TransactionType.Supports, em -> sheets(em, proposal(em, proposalId).id).getOrDefault(judge, Map.of()).entrySet().stream()
                .map(e -> new Score(e.getKey(), e.getValue())).toList());
    }

    @Override
    public List<Proposal> results(long contestId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            ContestEntity c = contest(em, contestId);
            if (c.status != ContestStatus.CLOSED) {
                throw Inputs.rule("NOT_DECIDED", "contestId", "Hasil kontes belum ditetapkan", "The contest's results are not decided yet");
            }
            return em.createQuery("SELECT p FROM ProposalEntity p WHERE p.contestId = :c AND p.finalRank IS NOT NULL ORDER BY p.finalRank, p.id",
                    ProposalEntity.class).setParameter("c", contestId).getResultList().stream().map(p -> Views.proposal(p, c.winners)).toList();
        });
    }

    @Override
    public Proposal implemented(Caller caller, long proposalId, LocalDate since, String note) {
        inputs.employed(caller.actingNip(), "organiserNip");
        Inputs.required(since, "since");
        String text = Inputs.optionalText(note, "note", 1000);
        if (since.isAfter(LocalDate.now(clock))) {
            throw Inputs.rule("FUTURE_DATE", "since", "Tanggal penerapan belum tiba", "The day it was put to use is in the future");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ProposalEntity p = proposal(em, proposalId);
            ContestEntity c = contest(em, p.contestId);
            if (p.finalRank == null) {
                throw Inputs.rule("NOT_JUDGED", "id", "Hanya inovasi yang sudah dinilai dicatat penerapannya", "Only judged innovations are recorded as in use");
            }
            p.implementedSince = since;
            p.implementationNote = text;
            em.flush();
            return Views.proposal(p, c.winners);
        });
    }

    @Override
    public Page<Proposal> inUse(PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Proposal> items = em.createQuery("SELECT p FROM ProposalEntity p WHERE p.implementedSince IS NOT NULL"
                    + " ORDER BY p.implementedSince DESC, p.id DESC", ProposalEntity.class).setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(p -> Views.proposal(p, contest(em, p.contestId).winners)).toList();
            long total = em.createQuery("SELECT COUNT(p) FROM ProposalEntity p WHERE p.implementedSince IS NOT NULL", Long.class).getSingleResult();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    private static Map<String, Map<Long, Integer>> sheets(EntityManager em, long proposalId) {
        Map<String, Map<Long, Integer>> sheets = new HashMap<>();
        for (ScoreEntity s : em.createQuery("SELECT s FROM ScoreEntity s WHERE s.proposalId = :p", ScoreEntity.class).setParameter("p", proposalId)
                .getResultList()) {
            sheets.computeIfAbsent(s.judgeNip, j -> new LinkedHashMap<>()).put(s.criterionId, s.score);
        }
        return sheets;
    }

    private static List<CriterionEntity> criteria(EntityManager em, long contestId) {
        return em.createQuery("SELECT k FROM CriterionEntity k WHERE k.contestId = :c ORDER BY k.sortOrder", CriterionEntity.class)
                .setParameter("c", contestId).getResultList();
    }

    private static ContestEntity contest(EntityManager em, long id) {
        ContestEntity c = em.find(ContestEntity.class, id);
        if (c == null) {
            throw KinerjaException.notFound("CONTEST_NOT_FOUND", "contestId", "Kontes " + id + " tidak ditemukan", "Contest " + id + " not found");
        }
        return c;
    }

    private static ProposalEntity proposal(EntityManager em, long id) {
        ProposalEntity p = em.find(ProposalEntity.class, id);
        if (p == null) {
            throw KinerjaException.notFound("PROPOSAL_NOT_FOUND", "id", "Usulan " + id + " tidak ditemukan", "Proposal " + id + " not found");
        }
        return p;
    }
}
