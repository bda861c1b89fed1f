package id.kinerja.security.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.time.CityTime;

/**
 * The log of writes (every write through the API, and the administrators' changes in the console)
 * and the log of logins, read newest first by personnel officers.
 */
@Component(service = AuditLog.class)
public class AuditLog {


    /**
     * A write: through the API by a staff member ({@code nip}; none for a citizen or a refused token),
     * or in the console by an administrator ({@code administrator}, method {@code CONSOLE}, the command as path).
     */
    public record Write(Instant at, String nip, String administrator, String method, String path, int status, String client) {
    }

    /** A login attempt. */
    public record Login(Instant at, String login, boolean success, String reason, String client) {
    }

    /** Which entries: by NIP (or login as typed), from and to a day (the city's days), both optional. */
    public record Filter(String nip, LocalDate from, LocalDate to) {
        public Filter {
            if (nip != null && (nip.isBlank() || nip.length() > 40)) {
                throw KinerjaException.badRequest("INVALID_NIP", "nip", "nip tidak sah", "invalid nip");
            }
            if (from != null && to != null && to.isBefore(from)) {
                throw KinerjaException.badRequest("INVALID_RANGE", "to", "to sebelum from", "to is before from");
            }
        }
    }

    private final JpaTemplate jpa;
    private final CityTime city;
    private final java.time.Clock clock = java.time.Clock.systemUTC();

    @Activate
    public AuditLog(@Reference(target = "(osgi.unit.name=kinerja-security)") JpaTemplate jpa, @Reference SecuritySchema schema,
            @Reference CityTime city) {
        this.jpa = jpa;
        this.city = city;
    }

    /** Keeps a write made through the API. */
    public void recordWrite(String nip, String method, String path, int status, String client) {
        insert(nip, null, method, path, status, client);
    }

    /** Keeps a change an administrator made in the console (status 200: done). */
    public void recordAdministration(String administrator, String command) {
        insert(null, administrator, "CONSOLE", command, 200, null);
    }

    private void insert(String nip, String administrator, String method, String path, int status, String client) {
        jpa.tx(TransactionType.Required, em -> em.createNativeQuery("INSERT INTO SEC_WRITE_LOG (AT_TIME, NIP, ADMINISTRATOR, METHOD, PATH, STATUS, CLIENT)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, Timestamp.from(clock.instant())).setParameter(2, nip)
                .setParameter(3, truncate(administrator, 100)).setParameter(4, truncate(method, 10)).setParameter(5, truncate(path, 300))
                .setParameter(6, status).setParameter(7, truncate(client, 64)).executeUpdate());
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Page<Write> writes(Filter filter, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Object[]> rows = rows(em, "SELECT AT_TIME, NIP, ADMINISTRATOR, METHOD, PATH, STATUS, CLIENT FROM SEC_WRITE_LOG", "NIP", filter, page);
            List<Write> items = new ArrayList<>();
            for (Object[] r : rows) {
                items.add(new Write(((Timestamp) r[0]).toInstant(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        ((Number) r[5]).intValue(), (String) r[6]));
            }
            return new Page<>(items, count(em, "SELECT COUNT(*) FROM SEC_WRITE_LOG", "NIP", filter), page.offset(), page.limit());
        });
    }

    public Page<Login> logins(Filter filter, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Object[]> rows = rows(em, "SELECT AT_TIME, LOGIN, SUCCESS, REASON, CLIENT FROM SEC_LOGIN_LOG", "LOGIN", filter, page);
            List<Login> items = new ArrayList<>();
            for (Object[] r : rows) {
                items.add(new Login(((Timestamp) r[0]).toInstant(), (String) r[1], ((Number) r[2]).intValue() == 1, (String) r[3], (String) r[4]));
            }
            return new Page<>(items, count(em, "SELECT COUNT(*) FROM SEC_LOGIN_LOG", "LOGIN", filter), page.offset(), page.limit());
        });
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(EntityManager em, String select, String nipColumn, Filter filter, PageRequest page) {
        // the page's place as parameters too: one statement for Derby to compile, whichever page
        Query query = em.createNativeQuery(select + where(nipColumn, filter) + " ORDER BY AT_TIME DESC, ID DESC OFFSET ?4 ROWS FETCH NEXT ?5 ROWS ONLY");
        return bind(query, filter).setParameter(4, page.offset()).setParameter(5, page.limit()).getResultList();
    }

    private long count(EntityManager em, String select, String nipColumn, Filter filter) {
        return ((Number) bind(em.createNativeQuery(select + where(nipColumn, filter)), filter).getSingleResult()).longValue();
    }

    private static String where(String nipColumn, Filter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.nip() != null) {
            conditions.add(nipColumn + " = ?1");
        }
        if (filter.from() != null) {
            conditions.add("AT_TIME >= ?2");
        }
        if (filter.to() != null) {
            conditions.add("AT_TIME < ?3");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private Query bind(Query query, Filter filter) {
        if (filter.nip() != null) {
            query.setParameter(1, filter.nip().strip());
        }
        if (filter.from() != null) {
            query.setParameter(2, Timestamp.from(city.startOf(filter.from())));
        }
        if (filter.to() != null) {
            query.setParameter(3, Timestamp.from(city.startOf(filter.to().plusDays(1))));
        }
        return query;
    }
}
