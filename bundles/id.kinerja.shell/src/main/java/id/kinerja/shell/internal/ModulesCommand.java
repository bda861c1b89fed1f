package id.kinerja.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import id.kinerja.core.api.module.ModuleInfo;
import id.kinerja.core.api.module.ModuleService;

@Command(scope = "kinerja", name = "modules", description = "Lists the Kinerja modules and their state")
@Service
public class ModulesCommand implements Action {

    @Reference
    ModuleService modules;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Module");
        table.column("Version");
        table.column("State");
        table.column("Description");
        for (ModuleInfo m : modules.list()) {
            table.addRow().addContent(m.name(), m.version(), m.state(), m.description());
        }
        table.print(System.out);
        return null;
    }
}
