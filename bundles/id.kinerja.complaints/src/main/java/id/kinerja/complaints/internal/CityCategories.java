package id.kinerja.complaints.internal;

import java.util.Locale;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.complaints.internal.model.CategoryEntity;

/** Brings one {@link CategoryConfig} into the categories table: added, or changed in place. A wrong file is logged and changes nothing. */
@Component(service = CityCategories.class, configurationPid = CategoryConfig.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = CategoryConfig.class, factory = true)
public class CityCategories {

    private static final Logger LOG = LoggerFactory.getLogger(CityCategories.class);

    private final JpaTemplate jpa;

    @Activate
    public CityCategories(@Reference(target = "(osgi.unit.name=kinerja-complaints)") JpaTemplate jpa, @Reference ComplaintsSchema schema,
            CategoryConfig config) {
        this.jpa = jpa;
        apply(config);
    }

    @Modified
    void apply(CategoryConfig config) {
        CategoryEntity wanted;
        try {
            wanted = category(config);
        } catch (IllegalArgumentException e) {
            LOG.warn("Kategori pengaduan tidak dipakai: {}", e.getMessage());
            return;
        }
        jpa.tx(TransactionType.Required, em -> {
            CategoryEntity existing = em.find(CategoryEntity.class, wanted.code);
            CategoryEntity target = existing == null ? wanted : existing;
            target.name = wanted.name;
            target.handling = wanted.handling;
            target.defaultUnitCode = wanted.defaultUnitCode;
            target.active = wanted.active;
            if (existing == null) {
                em.persist(target);
            }
        });
        LOG.info("Kategori pengaduan {} ({}) dari konfigurasi kota", wanted.code, wanted.active == 1 ? "aktif" : "tidak aktif");
    }

    /** The row a configuration asks for, or an {@link IllegalArgumentException} saying what is wrong. */
    static CategoryEntity category(CategoryConfig config) {
        String code = config.code() == null ? "" : config.code().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9_]{1,40}")) {
            throw new IllegalArgumentException("kode " + config.code() + " (huruf besar, angka, garis bawah; paling panjang 40)");
        }
        String name = config.name() == null ? "" : config.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException(code + ": nama wajib diisi, paling panjang 200");
        }
        CategoryEntity category = new CategoryEntity();
        category.code = code;
        category.name = name;
        try {
            category.handling = Category.Handling.valueOf(config.handling().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(code + ": penanganan " + config.handling() + " (INFORMATION, NO_FIELD_CHECK atau FIELD_CHECK)");
        }
        String unit = config.defaultUnitCode() == null ? "" : config.defaultUnitCode().strip();
        category.defaultUnitCode = unit.isEmpty() ? null : unit;
        category.active = config.active() ? 1 : 0;
        return category;
    }
}
