package id.kinerja.staff.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.staff.OrgUnit;
import id.kinerja.core.api.staff.OrgUnitNode;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.staff.internal.model.OrgUnitEntity;
import id.kinerja.staff.internal.model.StaffEntity;

@Component(service = OrgUnitService.class)
public class OrgUnitServiceImpl implements OrgUnitService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private final JpaTemplate jpa;

    @Activate
    public OrgUnitServiceImpl(@Reference(target = "(osgi.unit.name=kinerja-staff)") JpaTemplate jpa,
            @Reference StaffSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public OrgUnit create(OrgUnit unit) {
        if (unit == null) {
            throw KinerjaException.badRequest("BODY_REQUIRED", null, "Data unit wajib dikirim", "The unit is required");
        }
        String code = StaffValidator.trim(unit.code());
        if (code == null || !CODE.matcher(code).matches()) {
            throw KinerjaException.badRequest("INVALID_UNIT_CODE", "code",
                    "Kode unit wajib diisi: 1-40 huruf, angka, titik, garis bawah atau tanda hubung",
                    "The unit code is required: 1-40 letters, digits, '.', '_' or '-'");
        }
        String name = validName(unit.name());
        String parentCode = StaffValidator.trim(unit.parentCode());
        String headNip = StaffValidator.trim(unit.headNip());
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(OrgUnitEntity.class, code) != null) {
                throw KinerjaException.conflict("UNIT_EXISTS", "code",
                        "Unit dengan kode " + code + " sudah ada", "A unit with the code " + code + " exists already");
            }
            if (parentCode != null) {
                requireUnit(em, parentCode, "parentCode");
            }
            OrgUnitEntity entity = new OrgUnitEntity();
            entity.setCode(code);
            entity.setName(name);
            entity.setParentCode(parentCode);
            entity.setHeadNip(headNip == null ? null : requireHead(em, headNip));
            entity.setCreatedAt(Timestamp.from(Instant.now()));
            em.persist(entity);
            return toUnit(entity);
        });
    }

    @Override
    public Optional<OrgUnit> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(OrgUnitEntity.class, code)).map(OrgUnitServiceImpl::toUnit));
    }

    @Override
    public OrgUnit get(String code) {
        return find(code).orElseThrow(() -> notFound(code, "code"));
    }

    @Override
    public Page<OrgUnit> list(PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            long total = em.createQuery("SELECT COUNT(u) FROM OrgUnitEntity u", Long.class).getSingleResult();
            List<OrgUnit> items = em.createQuery("SELECT u FROM OrgUnitEntity u ORDER BY u.code", OrgUnitEntity.class)
                    .setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(OrgUnitServiceImpl::toUnit).toList();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    @Override
    public List<OrgUnitNode> tree() {
        List<OrgUnit> all = jpa.txExpr(TransactionType.Supports, em -> allUnits(em));
        Map<String, List<OrgUnit>> children = new HashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit unit : all) {
            if (unit.parentCode() == null) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parentCode(), k -> new ArrayList<>()).add(unit);
            }
        }
        return roots.stream().map(root -> node(root, children)).toList();
    }

    private static OrgUnitNode node(OrgUnit unit, Map<String, List<OrgUnit>> children) {
        List<OrgUnitNode> below = children.getOrDefault(unit.code(), List.of()).stream()
                .map(child -> node(child, children)).toList();
        return new OrgUnitNode(unit.code(), unit.name(), unit.parentCode(), below);
    }

    @Override
    public OrgUnit rename(String code, String name) {
        String valid = validName(name);
        return jpa.txExpr(TransactionType.Required, em -> {
            OrgUnitEntity entity = requireUnit(em, code, "code");
            entity.setName(valid);
            return toUnit(entity);
        });
    }

    @Override
    public OrgUnit move(String code, String newParentCode) {
        String parentCode = StaffValidator.trim(newParentCode);
        return jpa.txExpr(TransactionType.Required, em -> {
            OrgUnitEntity entity = requireUnit(em, code, "code");
            if (parentCode != null) {
                requireUnit(em, parentCode, "parentCode");
                if (subtree(allUnits(em), code).contains(parentCode)) {
                    throw KinerjaException.unprocessable("UNIT_CYCLE", "parentCode",
                            "Unit tidak dapat dipindah ke bawah dirinya sendiri atau unit bawahannya",
                            "A unit cannot be moved below itself or one of its own sub-units");
                }
            }
            entity.setParentCode(parentCode);
            return toUnit(entity);
        });
    }

    @Override
    public Set<String> subtreeCodes(String code) {
        List<OrgUnit> all = jpa.txExpr(TransactionType.Supports, em -> {
            requireUnit(em, code, "unitCode");
            return allUnits(em);
        });
        return subtree(all, code);
    }

    @Override
    public OrgUnit setHead(String code, String headNip) {
        String nip = StaffValidator.trim(headNip);
        return jpa.txExpr(TransactionType.Required, em -> {
            OrgUnitEntity entity = requireUnit(em, code, "code");
            entity.setHeadNip(nip == null ? null : requireHead(em, nip));
            return toUnit(entity);
        });
    }

    @Override
    public Set<String> unitsHeadedBy(String nip) {
        if (nip == null) {
            return Set.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<String> headed = em.createQuery("SELECT u.code FROM OrgUnitEntity u WHERE u.headNip = :nip", String.class)
                    .setParameter("nip", nip).getResultList();
            if (headed.isEmpty()) {
                return Set.<String>of();
            }
            List<OrgUnit> all = allUnits(em);
            Set<String> units = new LinkedHashSet<>();
            headed.forEach(code -> units.addAll(subtree(all, code)));
            return units;
        });
    }

    @Override
    public Optional<String> headOf(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Set<String> seen = new java.util.HashSet<>();
            for (OrgUnitEntity unit = code == null ? null : em.find(OrgUnitEntity.class, code); unit != null && seen.add(unit.getCode());
                    unit = unit.getParentCode() == null ? null : em.find(OrgUnitEntity.class, unit.getParentCode())) {
                StaffEntity head = unit.getHeadNip() == null ? null : em.find(StaffEntity.class, unit.getHeadNip());
                if (head != null && head.getStatus().isEmployed()) {
                    return Optional.of(head.getNip());
                }
            }
            return Optional.<String>empty();
        });
    }

    /** The NIP of an employed staff member to head a unit, or a 422 naming {@code headNip}. */
    private static String requireHead(EntityManager em, String nip) {
        StaffEntity head = em.find(StaffEntity.class, nip);
        if (head == null || !head.getStatus().isEmployed()) {
            throw KinerjaException.unprocessable("HEAD_NOT_FOUND", "headNip", "Kepala unit " + nip + " tidak terdaftar atau tidak aktif",
                    "The head " + nip + " is not a registered, employed staff member");
        }
        return head.getNip();
    }

    static Set<String> subtree(List<OrgUnit> all, String code) {
        Map<String, List<String>> children = new HashMap<>();
        for (OrgUnit unit : all) {
            if (unit.parentCode() != null) {
                children.computeIfAbsent(unit.parentCode(), k -> new ArrayList<>()).add(unit.code());
            }
        }
        Set<String> result = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(code));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (result.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return result;
    }

    private static List<OrgUnit> allUnits(EntityManager em) {
        return em.createQuery("SELECT u FROM OrgUnitEntity u", OrgUnitEntity.class).getResultList().stream()
                .map(OrgUnitServiceImpl::toUnit).sorted(Comparator.comparing(OrgUnit::code)).toList();
    }

    static OrgUnitEntity requireUnit(EntityManager em, String code, String field) {
        OrgUnitEntity entity = code == null ? null : em.find(OrgUnitEntity.class, code);
        if (entity == null) {
            throw notFound(code, field);
        }
        return entity;
    }

    /** 404 when the unit is the one addressed; 422 when a field of the input names a missing unit. */
    static KinerjaException notFound(String code, String field) {
        KinerjaException.Kind kind = "code".equals(field) ? KinerjaException.Kind.NOT_FOUND
                : KinerjaException.Kind.UNPROCESSABLE;
        return new KinerjaException(kind, "UNIT_NOT_FOUND", field,
                "Unit kerja " + code + " tidak ditemukan", "Organisation unit " + code + " not found", null);
    }

    private static String validName(String name) {
        String trimmed = StaffValidator.trim(name);
        if (trimmed == null || trimmed.length() > StaffValidator.MAX_NAME) {
            throw KinerjaException.badRequest("INVALID_UNIT_NAME", "name",
                    "Nama unit wajib diisi, paling banyak 200 karakter",
                    "The unit name is required, at most 200 characters");
        }
        return trimmed;
    }

    static OrgUnit toUnit(OrgUnitEntity entity) {
        return new OrgUnit(entity.getCode(), entity.getName(), entity.getParentCode(), entity.getHeadNip());
    }
}
