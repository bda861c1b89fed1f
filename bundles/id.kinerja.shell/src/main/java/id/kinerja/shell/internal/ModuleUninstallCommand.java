package id.kinerja.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.kinerja.core.api.module.ModuleInfo;
import id.kinerja.core.api.module.ModuleService;

@Command(scope = "kinerja", name = "module-uninstall",
        description = "Removes a Kinerja module at runtime (its data stays) without restarting anything else")
@Service
public class ModuleUninstallCommand implements Action {

    @Reference
    ModuleService modules;

    @Argument(index = 0, name = "module", description = "e.g. kinerja-pay", required = true)
    String name;

    @Override
    public Object execute() {
        ModuleInfo info = modules.uninstall(name);
        System.out.println(info.name() + " " + info.version() + ": " + info.state());
        return null;
    }
}
