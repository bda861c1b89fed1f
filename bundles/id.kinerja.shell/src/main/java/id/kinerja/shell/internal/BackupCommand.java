package id.kinerja.shell.internal;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.kinerja.core.api.db.BackupService;

@Command(scope = "kinerja", name = "backup", description = "Online backup of the embedded database (the platform keeps running)")
@Service
public class BackupCommand implements Action {

    @Reference
    BackupService backups;

    @Argument(index = 0, name = "folder", description = "Where to put the backup (default: data/backup)", required = false)
    String folder;

    @Override
    public Object execute() {
        Path target = folder != null ? Path.of(folder) : Path.of(System.getProperty("karaf.data", "data"), "backup");
        Path written = backups.backup(target);
        System.out.println("Backup written to " + written);
        return null;
    }
}
