package id.kinerja.jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import javax.persistence.Cache;
import javax.persistence.EntityManager;

/**
 * The rows of a page whose keys a list has read (as {@code Page.ofKeys} asks for them): those in the
 * persistence unit's shared cache from there, as a point read ({@code em.find}) finds them, the others
 * by one query; every one read-only (the cache's own instance, never to be changed). A query of their
 * rows would hand over the cached instances as well; it costs a round trip to the database and a row
 * per key. On a node of a cluster nothing is cached ({@link ClusterCache}) and every row is queried.
 *
 * @since 1.1
 */
public final class CachedRows {

    private static final String READ_ONLY = "eclipselink.read-only";
    private static final Map<String, Object> READ_ONLY_FIND = Map.of(READ_ONLY, true);

    private CachedRows() {
    }

    /**
     * The entities of these primary keys, in the keys' order; a key without a row is left out.
     *
     * @param idAttribute the entity's primary key attribute (a single one)
     * @param idOf the primary key of an entity
     */
    public static <K, E> List<E> of(EntityManager em, Class<E> type, String idAttribute, List<K> ids, Function<E, K> idOf) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<K, E> byId = new HashMap<>();
        Cache cache = em.getEntityManagerFactory().getCache();
        List<K> missing = new ArrayList<>();
        for (K id : ids) {
            E cached = cache.contains(type, id) ? em.find(type, id, READ_ONLY_FIND) : null;
            if (cached != null) {
                byId.put(id, cached);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            String entity = em.getMetamodel().entity(type).getName();
            em.createQuery("SELECT e FROM " + entity + " e WHERE e." + idAttribute + " IN :ids", type).setParameter("ids", missing)
                    .setHint(READ_ONLY, true).getResultList().forEach(e -> byId.put(idOf.apply(e), e));
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
