package modernization.roadmap.export;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import modernization.common.i18n.Language;
import modernization.common.i18n.LocalizedText;
import modernization.roadmap.generation.Phase;
import modernization.roadmap.roadmap.Activity;
import modernization.roadmap.roadmap.ActivityStatus;
import modernization.roadmap.roadmap.Roadmap;
import modernization.roadmap.schedule.Schedule;
import modernization.roadmap.schedule.ScheduledTask;

/**
 * Draws a roadmap as a Gantt chart in SVG: phases as bands, activities as bars coloured by status
 * (critical ones outlined in near-black, never a red that reads as "Blocked"), milestones as
 * diamonds, quarter ticks and a line for today, and a legend for each. Every activity's full name
 * is there, wrapped over as many lines as it needs, and in its bar's tooltip. For Arabic and
 * Kurdish the chart is mirrored: time runs from right to left and labels sit on the right.
 */
public final class GanttSvg {

    static final int WIDTH = 1400;
    static final int LABEL_WIDTH = 420;
    static final int ROW = 22;
    static final int LINE = 14;
    /** Characters of a label line: the label column at 12 px, with room for wide glyphs. */
    static final int LABEL_CHARS = 60;
    static final String CRITICAL_STROKE = "#212121";
    static final String MILESTONE_FILL = "#6a1b9a";
    static final String TODAY_STROKE = "#ef6c00";
    static final int LEGEND = 64;
    static final int HEADER = 56;
    static final int PHASE_ROW = 24;
    static final String FONT = "'Noto Naskh Arabic', 'Noto Sans Arabic', 'DejaVu Sans', Arial, sans-serif";

    private GanttSvg() {
    }

    public static String draw(Roadmap roadmap, Schedule schedule, LocalDate today, Language lang) {
        boolean rtl = "rtl".equals(lang.direction());
        Set<String> critical = Set.copyOf(schedule.criticalPath());
        int days = Math.max(1, schedule.durationDays());
        int chartWidth = WIDTH - LABEL_WIDTH - 40;
        int rowsHeight = roadmap.activities.stream().filter(a -> !a.isMilestone())
                .mapToInt(a -> rowHeight(wrap(a.name.in(lang)).size())).sum();
        int bandsEnd = HEADER + rowsHeight + Phase.values().length * PHASE_ROW;
        int height = bandsEnd + LEGEND;
        Scale x = new Scale(rtl, LABEL_WIDTH, chartWidth, days);

        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" xml:lang=\"")
                .append(lang.tag()).append("\" direction=\"").append(lang.direction()).append("\" font-family=\"")
                .append(FONT).append("\" font-size=\"12\">\n");
        svg.append("<title>").append(escape(roadmap.title)).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        text(svg, rtl ? WIDTH - 12 : 12, 22, escape(roadmap.title), rtl, "font-size=\"16\" font-weight=\"bold\"");

        // quarter ticks
        LocalDate tick = roadmap.startDate.withDayOfMonth(1);
        while (!tick.isAfter(roadmap.startDate.plusDays(days))) {
            long offset = ChronoUnit.DAYS.between(roadmap.startDate, tick);
            if (offset >= 0 && (tick.getMonthValue() - 1) % 3 == 0) {
                double px = x.at(offset);
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e0e0e0\"/>\n",
                        px, HEADER - 14, px, bandsEnd));
                text(svg, px + (rtl ? -3 : 3), HEADER - 18, tick.getYear() + "-Q" + ((tick.getMonthValue() - 1) / 3 + 1), rtl,
                        "fill=\"#616161\" font-size=\"10\"");
            }
            tick = tick.plusMonths(1);
        }

        int y = HEADER;
        for (Phase phase : Phase.values()) {
            ScheduledTask closing = schedule.tasks().get(phase.milestone());
            var activities = roadmap.activities.stream().filter(a -> a.phase == phase && !a.isMilestone()).toList();
            int bandHeight = PHASE_ROW + activities.stream().mapToInt(a -> rowHeight(wrap(a.name.in(lang)).size())).sum();
            svg.append(String.format(Locale.ROOT, "<rect class=\"phase\" x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>\n",
                    y, WIDTH, bandHeight, phase.ordinal() % 2 == 0 ? "#f3f6fb" : "#fbf8f3"));
            text(svg, rtl ? WIDTH - 12 : 12, y + 16, escape(phase.label().in(lang)), rtl, "font-weight=\"bold\"");
            double diamond = x.at(closing.earliestFinish());
            svg.append(String.format(Locale.ROOT,
                    "<path class=\"milestone\" d=\"M %.1f %d l 7 7 l -7 7 l -7 -7 z\" fill=\"%s\"><title>%s</title></path>\n",
                    diamond, y + 4, MILESTONE_FILL, escape(roadmap.activities.stream().filter(a -> a.code.equals(phase.milestone()))
                            .findFirst().map(a -> a.name.in(lang)).orElse(phase.milestone()))));
            y += PHASE_ROW;
            for (Activity a : activities) {
                ScheduledTask t = schedule.tasks().get(a.code);
                double from = x.at(t.earliestStart());
                double to = x.at(t.earliestFinish());
                double left = Math.min(from, to);
                double width = Math.max(2, Math.abs(to - from));
                String name = a.name.in(lang);
                List<String> lines = wrap(name);
                label(svg, rtl ? WIDTH - 20 : 20, y + 15, lines, rtl);
                boolean onCriticalPath = critical.contains(a.code);
                String tooltip = escape(name) + " (" + escape(label(a.status).in(lang)) + ", " + a.percentComplete + " %"
                        + (onCriticalPath ? "; " + escape(Labels.CRITICAL_PATH.in(lang)) : "") + ")";
                svg.append(String.format(Locale.ROOT,
                        "<rect class=\"bar %s%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"3\" fill=\"%s\"%s><title>%s</title></rect>\n",
                        a.status.name().toLowerCase(Locale.ROOT), onCriticalPath ? " critical" : "", left, y + 4,
                        width, ROW - 8, color(a.status), onCriticalPath ? CRITICAL_OUTLINE : "", tooltip));
                y += rowHeight(lines.size());
            }
        }

        long todayOffset = ChronoUnit.DAYS.between(roadmap.startDate, today);
        if (todayOffset >= 0 && todayOffset <= days) {
            double px = x.at(todayOffset);
            svg.append(String.format(Locale.ROOT,
                    "<line class=\"today\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n",
                    px, HEADER - 10, px, y, TODAY_STROKE));
        }
        legend(svg, y + 22, rtl, lang);
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Two rows: the status colours, then what the outline, the diamond and the dashed line mean. */
    private static void legend(StringBuilder svg, int y, boolean rtl, Language lang) {
        int at = rtl ? WIDTH - 20 : 20;
        for (ActivityStatus status : ActivityStatus.values()) {
            int box = rtl ? at - 12 : at;
            svg.append(String.format(Locale.ROOT, "<rect class=\"legend-status\" x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>\n",
                    box, y - 10, color(status)));
            text(svg, rtl ? at - 18 : at + 18, y, escape(label(status).in(lang)), rtl, "");
            at += rtl ? -160 : 160;
        }
        int second = y + 24;
        at = rtl ? WIDTH - 20 : 20;
        int sample = rtl ? at - 24 : at;
        svg.append(String.format(Locale.ROOT, "<rect class=\"legend-critical\" x=\"%d\" y=\"%d\" width=\"24\" height=\"12\" rx=\"3\" "
                + "fill=\"%s\"%s/>\n", sample, second - 10, color(ActivityStatus.NOT_STARTED), CRITICAL_OUTLINE));
        text(svg, rtl ? at - 30 : at + 30, second, escape(Labels.CRITICAL_PATH.in(lang)), rtl, "");
        at += rtl ? -470 : 470;
        svg.append(String.format(Locale.ROOT, "<path class=\"legend-milestone\" d=\"M %d %d l 7 7 l -7 7 l -7 -7 z\" fill=\"%s\"/>\n",
                rtl ? at - 7 : at + 7, second - 11, MILESTONE_FILL));
        text(svg, rtl ? at - 22 : at + 22, second, escape(Labels.MILESTONE.in(lang)), rtl, "");
        at += rtl ? -330 : 330;
        svg.append(String.format(Locale.ROOT, "<line class=\"legend-today\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                + "stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n", rtl ? at - 4 : at + 4, second - 12, rtl ? at - 4 : at + 4, second + 2,
                TODAY_STROKE));
        text(svg, rtl ? at - 14 : at + 14, second, escape(Labels.TODAY.in(lang)), rtl, "");
    }

    private static final String CRITICAL_OUTLINE = " stroke=\"" + CRITICAL_STROKE + "\" stroke-width=\"2.5\"";

    static LocalizedText label(ActivityStatus status) {
        return switch (status) {
            case NOT_STARTED -> Labels.NOT_STARTED;
            case IN_PROGRESS -> Labels.IN_PROGRESS;
            case DONE -> Labels.DONE;
            case BLOCKED -> Labels.BLOCKED;
        };
    }

    /** A label over as many lines as it needs, one {@code tspan} a line. */
    private static void label(StringBuilder svg, double x, int y, List<String> lines, boolean rtl) {
        svg.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%.1f\" y=\"%d\" text-anchor=\"start\"%s>", x, y,
                rtl ? " direction=\"rtl\" unicode-bidi=\"embed\"" : ""));
        for (int i = 0; i < lines.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<tspan x=\"%.1f\" dy=\"%d\">%s</tspan>", x, i == 0 ? 0 : LINE,
                    escape(lines.get(i))));
        }
        svg.append("</text>\n");
    }

    /** Greedy word wrap at {@link #LABEL_CHARS}; a word longer than a line is a line of its own. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LABEL_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    static int rowHeight(int lines) {
        return Math.max(ROW, 8 + lines * LINE);
    }

    private static void text(StringBuilder svg, double x, int y, String text, boolean rtl, String attributes) {
        // in right-to-left text "start" is the right edge: labels hang leftwards from x
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"start\"%s %s>%s</text>\n", x, y,
                rtl ? " direction=\"rtl\" unicode-bidi=\"embed\"" : "", attributes, text));
    }

    static String color(ActivityStatus status) {
        return switch (status) {
            case NOT_STARTED -> "#90a4ae";
            case IN_PROGRESS -> "#1e88e5";
            case DONE -> "#43a047";
            case BLOCKED -> "#e53935";
        };
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Days from the start to pixels, mirrored for right-to-left languages. */
    private record Scale(boolean rtl, int labels, int width, int days) {
        double at(long day) {
            double share = (double) day / days * width;
            return rtl ? 20 + (width - share) : labels + share;
        }
    }
}
