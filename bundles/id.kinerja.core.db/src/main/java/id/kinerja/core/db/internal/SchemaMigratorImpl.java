package id.kinerja.core.db.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.core.api.db.SchemaMigrator;

/** Runs the migration scripts that module bundles ship, on the kinerja datasource. */
@Component(service = SchemaMigrator.class)
public class SchemaMigratorImpl implements SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigratorImpl.class);

    private final Migrations migrations;

    @Activate
    public SchemaMigratorImpl(@Reference(target = "(osgi.jndi.service.name=kinerja)") DataSource dataSource) {
        this.migrations = new Migrations(dataSource);
    }

    @Override
    public int migrate(String module, Bundle bundle, String folder) {
        List<MigrationScript> scripts = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "V*.sql", false);
        for (URL url : entries == null ? List.<URL>of() : Collections.list(entries)) {
            String fileName = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            MigrationScript script = MigrationScript.of(fileName, read(url));
            if (script == null) {
                throw new IllegalStateException("Migration script name must be V<n>__<description>.sql: " + url);
            }
            scripts.add(script);
        }
        if (scripts.isEmpty()) {
            LOG.warn("Module {} ({}) has no migration scripts in {}: a packaging mistake?", module, bundle.getSymbolicName(), folder);
        }
        return migrations.apply(module, scripts);
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration script " + url, e);
        }
    }
}
