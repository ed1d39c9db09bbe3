package modernization.roadmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import modernization.common.csv.SpreadsheetCells;
import modernization.common.i18n.Language;
import modernization.roadmap.roadmap.Activity;
import modernization.roadmap.roadmap.Roadmap;
import modernization.roadmap.schedule.Schedule;
import modernization.roadmap.schedule.ScheduledTask;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A roadmap as a spreadsheet: one row per activity and milestone, UTF-8 with a BOM for Arabic and
 * Kurdish; every cell is made safe to open ({@link SpreadsheetCells}).
 */
public final class RoadmapCsv {

    static final String[] HEADER = {"code", "kind", "name", "phase", "owner", "pillar", "duration_days", "depends_on",
        "planned_start", "planned_end", "latest_start", "slack_days", "critical", "status", "percent_complete",
        "actual_start", "actual_end", "note", "reason"};

    private RoadmapCsv() {
    }

    public static void write(Roadmap roadmap, Schedule schedule, Language lang, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Activity a : roadmap.activities) {
                ScheduledTask t = schedule.tasks().get(a.code);
                csv.printRecord(SpreadsheetCells.row(a.code, a.kind, a.name.in(lang), a.phase, a.owner, a.pillar, a.durationDays,
                        String.join(" ", a.dependsOn), roadmap.startDate.plusDays(t.earliestStart()),
                        roadmap.startDate.plusDays(t.earliestFinish()), roadmap.startDate.plusDays(t.latestStart()),
                        t.slack(), t.critical(), a.status, a.percentComplete, a.actualStart, a.actualEnd, a.note,
                        a.reason == null ? null : a.reason.in(lang)));
            }
        }
    }
}
