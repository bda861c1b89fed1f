package id.kinerja.jpa;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * The modules' column naming: a field {@code recordedBy} is stored in the column {@code RECORDED_BY}.
 * An entity names a column ({@code @Column(name = "PERIOD_CODE")}) only where it differs from that;
 * JPA's own default would be {@code RECORDEDBY}.
 * <p>
 * A module's persistence unit turns it on in its {@code persistence.xml}:
 * <pre>{@code <property name="eclipselink.session.customizer" value="id.kinerja.jpa.ColumnNames"/>}</pre>
 * and its bundle imports this package (EclipseLink loads the class through the module's class loader).
 * On a node of a cluster it also keeps the unit's entities out of the shared cache ({@link ClusterCache}).
 */
public class ColumnNames implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        ClusterCache.apply(session);
        for (ClassDescriptor descriptor : session.getProject().getOrderedDescriptors()) {
            Map<String, String> renamed = new HashMap<>();
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                DatabaseField field = mapping.getField();
                if (mapping.isDirectToFieldMapping() && field != null && field.getName().equalsIgnoreCase(mapping.getAttributeName())) {
                    String column = of(mapping.getAttributeName());
                    renamed.put(field.getName(), column);
                    field.setName(column);
                }
            }
            // the key and identity columns are held by the descriptor too, not always as the mapping's own field
            for (DatabaseField key : descriptor.getPrimaryKeyFields()) {
                key.setName(renamed.getOrDefault(key.getName(), key.getName()));
            }
            DatabaseField sequenced = descriptor.getSequenceNumberField();
            if (sequenced != null) {
                sequenced.setName(renamed.getOrDefault(sequenced.getName(), sequenced.getName()));
            }
        }
    }

    /** The column of a field name: {@code recordedBy} → {@code RECORDED_BY}, {@code line2Text} → {@code LINE2_TEXT}. */
    public static String of(String fieldName) {
        return fieldName.replaceAll("(?<=[a-z0-9])(?=[A-Z])", "_").toUpperCase(Locale.ROOT);
    }
}
