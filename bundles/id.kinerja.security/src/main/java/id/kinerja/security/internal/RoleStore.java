package id.kinerja.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.security.Permission;
import id.kinerja.core.api.staff.StaffService;

/**
 * Roles, their grants and their members, kept in the database and held in memory (a few hundred
 * rows at most) so that checking a request costs no query. Every change goes through here and
 * reloads the copy.
 */
@Component(service = RoleStore.class)
public class RoleStore {

    private static final Logger LOG = LoggerFactory.getLogger(RoleStore.class);

    /** A role with its grants and (for assigned roles) its members. */
    public record Role(String code, String name, boolean builtIn, boolean derived, Set<String> permissions, Set<String> members) {
    }

    /** A permission a module declared. */
    public record Declared(String code, String description) {
    }

    private record Snapshot(Map<String, Role> roles, Map<String, Set<String>> rolesByNip, Map<String, String> permissions, long version) {
    }

    private final JpaTemplate jpa;
    private final StaffService staff;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();
    private volatile Snapshot snapshot;
    /** A node of a cluster: other nodes may change the roles (docs/cluster.md). */
    private static final boolean CLUSTER = Boolean.getBoolean("kinerja.cluster");

    @Activate
    public RoleStore(@Reference(target = "(osgi.unit.name=kinerja-security)") JpaTemplate jpa, @Reference StaffService staff,
            @Reference AuditLog audit) {
        this.jpa = jpa;
        this.staff = staff;
        this.audit = audit;
        reload();
    }

    /** The roles a person was assigned. */
    public Set<String> assignedRoles(String nip) {
        return current().rolesByNip().getOrDefault(nip, Set.of());
    }

    /** Whether one of the roles holds the permission. */
    public boolean anyHolds(Collection<String> roles, String permission) {
        Map<String, Role> all = current().roles();
        for (String role : roles) {
            Role r = all.get(role);
            if (r != null && r.permissions().contains(permission)) {
                return true;
            }
        }
        return false;
    }

    public boolean isDeclared(String permission) {
        return current().permissions().containsKey(permission);
    }

    public List<Role> roles() {
        return List.copyOf(current().roles().values());
    }

    public List<Declared> permissions() {
        return current().permissions().entrySet().stream().map(e -> new Declared(e.getKey(), e.getValue())).toList();
    }

    /**
     * Learns the permissions of a module: one seen for the first time is granted to its default
     * roles (those that exist); one seen before keeps the grants the city gave it.
     */
    public void declare(Collection<Permission> permissions) {
        if (knownAlike(current().permissions(), permissions)) {
            // a module started again (every start of the platform): nothing to write, nothing to read again
            return;
        }
        Map<String, List<String>> newlyGranted = new TreeMap<>();
        for (int attempt = 1;; attempt++) {
            try {
                declareOnce(permissions, newlyGranted);
                break;
            } catch (RuntimeException raced) {
                // another node of the cluster declared the same permissions at the same moment (both
                // started at once): the database refused one insert; again, they are known now
                if (attempt >= 3) {
                    throw raced;
                }
                LOG.info("Permissions declared by another node at the same time, declaring again: {}", raced.toString());
            }
        }
        newlyGranted.forEach((code, roles) -> audit.recordAdministration("platform", "declared " + code + " for " + String.join(",", roles)));
        changed();
    }

    private void declareOnce(Collection<Permission> permissions, Map<String, List<String>> newlyGranted) {
        newlyGranted.clear();
        jpa.tx(TransactionType.Required, em -> {
            for (Permission permission : permissions) {
                List<?> known = em.createNativeQuery("SELECT DESCRIPTION FROM SEC_PERMISSION WHERE CODE = ?1")
                        .setParameter(1, permission.code()).getResultList();
                if (!known.isEmpty()) {
                    if (!Objects.equals(known.get(0), permission.description())) {
                        em.createNativeQuery("UPDATE SEC_PERMISSION SET DESCRIPTION = ?1 WHERE CODE = ?2")
                                .setParameter(1, permission.description()).setParameter(2, permission.code()).executeUpdate();
                    }
                    continue;
                }
                em.createNativeQuery("INSERT INTO SEC_PERMISSION (CODE, DESCRIPTION, FIRST_SEEN) VALUES (?1, ?2, ?3)")
                        .setParameter(1, permission.code()).setParameter(2, permission.description())
                        .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
                List<String> granted = new java.util.ArrayList<>();
                for (String role : new TreeSet<>(permission.defaultRoles())) {
                    if (roleExists(em, role)) {
                        insertGrant(em, role, permission.code());
                        granted.add(role);
                    } else {
                        LOG.warn("Permission {} names the unknown default role {}: not granted to it", permission.code(), role);
                    }
                }
                newlyGranted.put(permission.code(), granted);
            }
        });
    }

    /** Whether every one of these permissions is known, with the same description. */
    static boolean knownAlike(Map<String, String> known, Collection<Permission> permissions) {
        return permissions.stream().allMatch(p -> known.containsKey(p.code()) && Objects.equals(known.get(p.code()), p.description()));
    }

    /** Creates a role of the city's own (assigned to people, holding no permission yet). */
    public Role createRole(String code, String name, String by) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]{1,39}") || name == null || name.isBlank() || name.length() > 200) {
            throw KinerjaException.badRequest("INVALID_ROLE", "code", "Kode peran: huruf besar, angka dan _ (2..40); nama wajib diisi",
                    "A role code is upper case letters, digits and _ (2..40); a name is required");
        }
        jpa.tx(TransactionType.Required, em -> {
            if (roleExists(em, c)) {
                throw KinerjaException.conflict("ROLE_EXISTS", "code", "Peran " + c + " sudah ada", "The role " + c + " exists");
            }
            em.createNativeQuery("INSERT INTO SEC_ROLE (CODE, NAME, BUILT_IN, DERIVED) VALUES (?1, ?2, 0, 0)")
                    .setParameter(1, c).setParameter(2, name.strip()).executeUpdate();
        });
        audit.recordAdministration(by, "kinerja:role-create " + c + " \"" + name.strip() + "\"");
        changed();
        return current().roles().get(c);
    }

    /** Grants a declared permission to a role. */
    public void grant(String role, String permission, String by) {
        Role r = requireRole(role);
        if (!isDeclared(permission)) {
            throw KinerjaException.notFound("PERMISSION_NOT_FOUND", "permission", "Izin " + permission + " tidak dinyatakan modul mana pun",
                    "No module declares the permission " + permission);
        }
        jpa.tx(TransactionType.Required, em -> {
            if (!r.permissions().contains(permission)) {
                insertGrant(em, r.code(), permission);
            }
        });
        audit.recordAdministration(by, "kinerja:role-grant " + r.code() + " " + permission);
        changed();
    }

    /** Takes a permission from a role. */
    public void revoke(String role, String permission, String by) {
        Role r = requireRole(role);
        jpa.tx(TransactionType.Required, em -> em.createNativeQuery("DELETE FROM SEC_ROLE_GRANT WHERE ROLE_CODE = ?1 AND PERMISSION_CODE = ?2")
                .setParameter(1, r.code()).setParameter(2, permission).executeUpdate());
        audit.recordAdministration(by, "kinerja:role-revoke " + r.code() + " " + permission);
        changed();
    }

    /** Assigns a role to an employed staff member. Derived roles cannot be assigned. */
    public void assign(String nip, String role, String by) {
        Role r = requireRole(role);
        if (r.derived()) {
            throw KinerjaException.unprocessable("DERIVED_ROLE", "role", "Peran " + r.code() + " diturunkan dari data kepegawaian, tidak diberikan",
                    "The role " + r.code() + " is derived from the registry, never assigned");
        }
        String who = nip == null ? "" : nip.strip();
        staff.find(who).filter(m -> m.status().isEmployed()).orElseThrow(() -> KinerjaException.notFound("STAFF_NOT_FOUND", "nip",
                "Pegawai " + who + " tidak terdaftar atau tidak aktif", "No employed staff member " + who));
        jpa.tx(TransactionType.Required, em -> {
            if (!r.members().contains(who)) {
                em.createNativeQuery("INSERT INTO SEC_ROLE_MEMBER (NIP, ROLE_CODE, ASSIGNED_AT, ASSIGNED_BY) VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, who).setParameter(2, r.code()).setParameter(3, Timestamp.from(clock.instant()))
                        .setParameter(4, by).executeUpdate();
            }
        });
        LOG.info("Role {} assigned to {} by {}", r.code(), who, by);
        audit.recordAdministration(by, "kinerja:role-assign " + who + " " + r.code());
        changed();
    }

    /** Takes an assigned role from a person. */
    public void unassign(String nip, String role, String by) {
        Role r = requireRole(role);
        jpa.tx(TransactionType.Required, em -> em.createNativeQuery("DELETE FROM SEC_ROLE_MEMBER WHERE NIP = ?1 AND ROLE_CODE = ?2")
                .setParameter(1, nip == null ? "" : nip.strip()).setParameter(2, r.code()).executeUpdate());
        LOG.info("Role {} taken from {} by {}", r.code(), nip, by);
        audit.recordAdministration(by, "kinerja:role-unassign " + nip + " " + r.code());
        changed();
    }

    private Role requireRole(String role) {
        Role r = role == null ? null : current().roles().get(role.strip().toUpperCase(java.util.Locale.ROOT));
        if (r == null) {
            throw KinerjaException.notFound("ROLE_NOT_FOUND", "role", "Peran " + role + " tidak ada", "No role " + role);
        }
        return r;
    }

    private static boolean roleExists(EntityManager em, String role) {
        return !em.createNativeQuery("SELECT CODE FROM SEC_ROLE WHERE CODE = ?1").setParameter(1, role).getResultList().isEmpty();
    }

    private static void insertGrant(EntityManager em, String role, String permission) {
        em.createNativeQuery("INSERT INTO SEC_ROLE_GRANT (ROLE_CODE, PERMISSION_CODE) VALUES (?1, ?2)")
                .setParameter(1, role).setParameter(2, permission).executeUpdate();
    }

    /**
     * The roles as this node holds them; on a node of a cluster ({@code kinerja.cluster}, docs/cluster.md)
     * read again first when another node changed them (one small query a request).
     */
    private Snapshot current() {
        Snapshot held = snapshot;
        if (CLUSTER && version() != held.version()) {
            reload();
            return snapshot;
        }
        return held;
    }

    /** A change of roles, grants or members was committed: counted for the other nodes, read again here. */
    private void changed() {
        jpa.tx(TransactionType.Required, em -> em.createNativeQuery("UPDATE SEC_ROLE_VERSION SET VERSION = VERSION + 1 WHERE ID = 1").executeUpdate());
        reload();
    }

    private long version() {
        return jpa.txExpr(TransactionType.Supports, em -> ((Number) em.createNativeQuery("SELECT VERSION FROM SEC_ROLE_VERSION WHERE ID = 1")
                .getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private void reload() {
        snapshot = jpa.txExpr(TransactionType.Required, em -> {
            // the version first: a change committed while the rest is read makes the next check read again
            long version = ((Number) em.createNativeQuery("SELECT VERSION FROM SEC_ROLE_VERSION WHERE ID = 1").getSingleResult()).longValue();
            Map<String, Set<String>> grants = new HashMap<>();
            for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT ROLE_CODE, PERMISSION_CODE FROM SEC_ROLE_GRANT").getResultList()) {
                grants.computeIfAbsent((String) row[0], k -> new TreeSet<>()).add((String) row[1]);
            }
            Map<String, Set<String>> members = new HashMap<>();
            Map<String, Set<String>> byNip = new HashMap<>();
            for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT NIP, ROLE_CODE FROM SEC_ROLE_MEMBER").getResultList()) {
                members.computeIfAbsent((String) row[1], k -> new TreeSet<>()).add((String) row[0]);
                byNip.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]);
            }
            Map<String, Role> roles = new TreeMap<>();
            for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT CODE, NAME, BUILT_IN, DERIVED FROM SEC_ROLE").getResultList()) {
                String code = (String) row[0];
                roles.put(code, new Role(code, (String) row[1], ((Number) row[2]).intValue() == 1, ((Number) row[3]).intValue() == 1,
                        Set.copyOf(grants.getOrDefault(code, Set.of())), Set.copyOf(members.getOrDefault(code, Set.of()))));
            }
            Map<String, String> permissions = new TreeMap<>();
            for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT CODE, DESCRIPTION FROM SEC_PERMISSION").getResultList()) {
                permissions.put((String) row[0], (String) row[1]);
            }
            byNip.replaceAll((k, v) -> Set.copyOf(v));
            return new Snapshot(java.util.Collections.unmodifiableMap(roles), Map.copyOf(byNip), java.util.Collections.unmodifiableMap(permissions),
                    version);
        });
    }
}
