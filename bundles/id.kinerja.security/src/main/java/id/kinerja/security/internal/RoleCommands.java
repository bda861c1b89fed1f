package id.kinerja.security.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import id.kinerja.core.api.KinerjaException;

/**
 * The administrator's commands (Karaf's JAAS realm) for roles: list them, create a city's own,
 * assign them to staff, grant and revoke permissions. Each prints what it did, or the rule it broke.
 */
public final class RoleCommands {

    private RoleCommands() {
    }

    /** What every role command shares: the store, the session and the printing of a broken rule. */
    abstract static class RoleCommand implements Action {

        @Reference
        RoleStore roles;

        @Reference
        Session session;

        String administrator() {
            Object user = session == null ? null : session.get("USER");
            return "admin:" + (user == null ? "console" : user);
        }

        @Override
        public Object execute() {
            try {
                System.out.println(run());
            } catch (KinerjaException e) {
                System.out.println(e.getMessageId());
            }
            return null;
        }

        abstract String run();
    }

    @Command(scope = "kinerja", name = "roles", description = "Daftar peran dengan izin dan pemegangnya")
    @Service
    public static class ListRoles extends RoleCommand {
        @Override
        String run() {
            StringBuilder out = new StringBuilder();
            for (RoleStore.Role role : roles.roles()) {
                out.append(role.code()).append(" (").append(role.name()).append(role.derived() ? ", diturunkan" : "").append(")\n");
                out.append("  izin: ").append(String.join(", ", role.permissions())).append('\n');
                if (!role.derived()) {
                    out.append("  pemegang: ").append(String.join(", ", role.members())).append('\n');
                }
            }
            return out.toString().stripTrailing();
        }
    }

    @Command(scope = "kinerja", name = "role-create", description = "Membuat peran baru milik kota (tanpa izin)")
    @Service
    public static class CreateRole extends RoleCommand {
        @Argument(index = 0, name = "code", required = true, description = "kode, mis. PETUGAS_PENGADUAN")
        String code;
        @Argument(index = 1, name = "name", required = true, description = "nama peran")
        String name;

        @Override
        String run() {
            return "Peran " + roles.createRole(code, name, administrator()).code() + " dibuat";
        }
    }

    /** A command on one person's role. */
    abstract static class MemberCommand extends RoleCommand {
        @Argument(index = 0, name = "nip", required = true, description = "NIP pegawai")
        String nip;
        @Argument(index = 1, name = "role", required = true, description = "kode peran, mis. PERSONNEL_OFFICER")
        String role;
    }

    @Command(scope = "kinerja", name = "role-assign", description = "Memberikan peran kepada pegawai")
    @Service
    public static class Assign extends MemberCommand {
        @Override
        String run() {
            roles.assign(nip, role, administrator());
            return "Peran " + role + " diberikan kepada " + nip;
        }
    }

    @Command(scope = "kinerja", name = "role-unassign", description = "Mencabut peran dari pegawai")
    @Service
    public static class Unassign extends MemberCommand {
        @Override
        String run() {
            roles.unassign(nip, role, administrator());
            return "Peran " + role + " dicabut dari " + nip;
        }
    }

    /** A command on one permission of a role. */
    abstract static class GrantCommand extends RoleCommand {
        @Argument(index = 0, name = "role", required = true, description = "kode peran")
        String role;
        @Argument(index = 1, name = "permission", required = true, description = "kode izin, mis. complaints.handle")
        String permission;
    }

    @Command(scope = "kinerja", name = "role-grant", description = "Memberikan izin kepada peran")
    @Service
    public static class Grant extends GrantCommand {
        @Override
        String run() {
            roles.grant(role, permission, administrator());
            return "Izin " + permission + " diberikan kepada peran " + role;
        }
    }

    @Command(scope = "kinerja", name = "role-revoke", description = "Mencabut izin dari peran")
    @Service
    public static class Revoke extends GrantCommand {
        @Override
        String run() {
            roles.revoke(role, permission, administrator());
            return "Izin " + permission + " dicabut dari peran " + role;
        }
    }
}
