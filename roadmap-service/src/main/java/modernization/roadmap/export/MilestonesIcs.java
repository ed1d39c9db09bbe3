package modernization.roadmap.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import modernization.common.i18n.Language;
import modernization.roadmap.roadmap.Activity;
import modernization.roadmap.roadmap.Roadmap;
import modernization.roadmap.schedule.Schedule;

/** The milestones of a roadmap as an RFC 5545 calendar: one all-day event per phase close. */
public final class MilestonesIcs {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private MilestonesIcs() {
    }

    /**
     * DTSTAMP is the roadmap's last change, not the time of the request: a calendar of an unchanged roadmap is the same
     * bytes on every download, so a client can compare two downloads, and a cache can keep one.
     */
    public static String write(Roadmap roadmap, Schedule schedule, Language lang) {
        Instant changed = roadmap.updatedAt;
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//UNDP SES Modernization//Roadmaps//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(roadmap.title));
        for (Activity a : roadmap.activities) {
            if (!a.isMilestone()) {
                continue;
            }
            LocalDate day = roadmap.startDate.plusDays(schedule.tasks().get(a.code).earliestFinish());
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + a.code + "." + roadmap.id + "@modernization.undp");
            line(ics, "DTSTAMP:" + STAMP.format(changed));
            line(ics, "DTSTART;VALUE=DATE:" + DATE.format(day));
            line(ics, "DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
            line(ics, "SUMMARY;LANGUAGE=" + lang.tag() + ":" + text(a.name.in(lang) + " — " + roadmap.title));
            line(ics, "STATUS:CONFIRMED");
            line(ics, "TRANSP:TRANSPARENT");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** Escapes TEXT values (RFC 5545 section 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets without splitting a UTF-8 character, ended by CRLF. */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
    }
}
