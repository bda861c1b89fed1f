package id.kinerja.shell.internal;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.support.completers.FileCompleter;

import id.kinerja.core.api.ErrorDetail;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.staff.ImportReport;
import id.kinerja.core.api.staff.StaffCsvService;

@Command(scope = "kinerja", name = "staff-import", description = "Imports staff from a CSV file (all rows or none)")
@Service
public class StaffImportCommand implements Action {

    @Reference
    StaffCsvService csv;

    @Argument(index = 0, name = "file", description = "The CSV file (UTF-8, header row, see README)", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            ImportReport report = csv.importCsv(reader);
            System.out.println("Imported " + report.rows() + " rows: " + report.created() + " created, "
                    + report.updated() + " updated");
        } catch (KinerjaException e) {
            System.err.println(e.getMessageId() + " / " + e.getMessageEn());
            for (ErrorDetail d : e.getDetails()) {
                System.err.println("  row " + d.row() + ", " + d.field() + ": " + d.message());
            }
        }
        return null;
    }
}
