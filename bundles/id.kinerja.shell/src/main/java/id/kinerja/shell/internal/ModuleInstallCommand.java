package id.kinerja.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.kinerja.core.api.module.ModuleInfo;
import id.kinerja.core.api.module.ModuleService;

@Command(scope = "kinerja", name = "module-install",
        description = "Installs a Kinerja module at runtime without restarting the core or other modules")
@Service
public class ModuleInstallCommand implements Action {

    @Reference
    ModuleService modules;

    @Argument(index = 0, name = "module", description = "e.g. kinerja-pay (see kinerja:modules)", required = true)
    String name;

    @Override
    public Object execute() {
        ModuleInfo info = modules.install(name);
        System.out.println(info.name() + " " + info.version() + ": " + info.state());
        return null;
    }
}
