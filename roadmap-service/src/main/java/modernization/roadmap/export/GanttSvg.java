package modernization.roadmap.export;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import modernization.common.i18n.Language;
import modernization.roadmap.generation.Phase;
import modernization.roadmap.roadmap.Activity;
import modernization.roadmap.roadmap.ActivityStatus;
import modernization.roadmap.roadmap.Roadmap;
import modernization.roadmap.schedule.Schedule;
import modernization.roadmap.schedule.ScheduledTask;

/**
 * Draws a roadmap as a Gantt chart in SVG: phases as bands, activities as bars coloured by status
 * (critical ones outlined), milestones as diamonds, quarter ticks and a line for today. For Arabic
 * and Kurdish the chart is mirrored: time runs from right to left and labels sit on the right.
 */
public final class GanttSvg {

    static final int WIDTH = 1400;
    static final int LABEL_WIDTH = 420;
    static final int ROW = 22;
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
        int rows = (int) roadmap.activities.stream().filter(a -> !a.isMilestone()).count();
        int height = HEADER + rows * ROW + Phase.values().length * PHASE_ROW + 40;
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
                        px, HEADER - 14, px, height - 30));
                text(svg, px + (rtl ? -3 : 3), HEADER - 18, tick.getYear() + "-Q" + ((tick.getMonthValue() - 1) / 3 + 1), rtl,
                        "fill=\"#616161\" font-size=\"10\"");
            }
            tick = tick.plusMonths(1);
        }

        int y = HEADER;
        for (Phase phase : Phase.values()) {
            ScheduledTask closing = schedule.tasks().get(phase.milestone());
            var activities = roadmap.activities.stream().filter(a -> a.phase == phase && !a.isMilestone()).toList();
            int bandHeight = PHASE_ROW + activities.size() * ROW;
            svg.append(String.format(Locale.ROOT, "<rect class=\"phase\" x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>\n",
                    y, WIDTH, bandHeight, phase.ordinal() % 2 == 0 ? "#f3f6fb" : "#fbf8f3"));
            text(svg, rtl ? WIDTH - 12 : 12, y + 16, escape(phase.label().in(lang)), rtl, "font-weight=\"bold\"");
            double diamond = x.at(closing.earliestFinish());
            svg.append(String.format(Locale.ROOT,
                    "<path class=\"milestone\" d=\"M %.1f %d l 7 7 l -7 7 l -7 -7 z\" fill=\"#6a1b9a\"><title>%s</title></path>\n",
                    diamond, y + 4, escape(roadmap.activities.stream().filter(a -> a.code.equals(phase.milestone()))
                            .findFirst().map(a -> a.name.in(lang)).orElse(phase.milestone()))));
            y += PHASE_ROW;
            for (Activity a : activities) {
                ScheduledTask t = schedule.tasks().get(a.code);
                double from = x.at(t.earliestStart());
                double to = x.at(t.earliestFinish());
                double left = Math.min(from, to);
                double width = Math.max(2, Math.abs(to - from));
                String label = escape(truncate(a.name.in(lang), 60));
                text(svg, rtl ? WIDTH - 20 : 20, y + 15, label, rtl, "");
                svg.append(String.format(Locale.ROOT,
                        "<rect class=\"bar %s%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"3\" fill=\"%s\"%s><title>%s: %d %%</title></rect>\n",
                        a.status.name().toLowerCase(Locale.ROOT), critical.contains(a.code) ? " critical" : "", left, y + 4,
                        width, ROW - 8, color(a.status), critical.contains(a.code) ? " stroke=\"#b71c1c\" stroke-width=\"2\"" : "",
                        label, a.percentComplete));
                y += ROW;
            }
        }

        long todayOffset = ChronoUnit.DAYS.between(roadmap.startDate, today);
        if (todayOffset >= 0 && todayOffset <= days) {
            double px = x.at(todayOffset);
            svg.append(String.format(Locale.ROOT,
                    "<line class=\"today\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ef6c00\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n",
                    px, HEADER - 10, px, y));
        }
        legend(svg, y + 22, rtl, lang);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void legend(StringBuilder svg, int y, boolean rtl, Language lang) {
        String[][] items = {
            {color(ActivityStatus.NOT_STARTED), Labels.NOT_STARTED.in(lang)},
            {color(ActivityStatus.IN_PROGRESS), Labels.IN_PROGRESS.in(lang)},
            {color(ActivityStatus.DONE), Labels.DONE.in(lang)},
            {color(ActivityStatus.BLOCKED), Labels.BLOCKED.in(lang)}};
        int at = rtl ? WIDTH - 20 : 20;
        for (String[] item : items) {
            int box = rtl ? at - 12 : at;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>\n", box, y - 10, item[0]));
            text(svg, rtl ? at - 18 : at + 18, y, escape(item[1]), rtl, "");
            at += rtl ? -160 : 160;
        }
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

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
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
