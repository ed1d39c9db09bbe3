package modernization.roadmap.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import modernization.common.i18n.Language;
import modernization.roadmap.roadmap.ActivityStatus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import modernization.common.testing.TestTokens;
import modernization.roadmap.DownstreamStubs;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The Gantt chart renders (in both directions), and the CSV and calendar files are well formed. */
@QuarkusTest
class RoadmapExportTest {

    private static final String ROADMAPS = "/api/v1/roadmaps";

    @Test
    void theGanttChartRendersToAPngLeftToRightAndRightToLeft() throws Exception {
        String id = roadmap();
        for (String lang : List.of("en", "ar", "ckb")) {
            String svg = given().auth().oauth2(TestTokens.advisor()).queryParam("lang", lang)
                    .when().get(ROADMAPS + "/" + id + "/gantt.svg")
                    .then().statusCode(200).contentType("image/svg+xml").extract().asString();
            assertTrue(svg.contains("class=\"phase\""), "phases are bands");
            assertTrue(svg.contains("class=\"milestone\""), "milestones are diamonds");
            assertTrue(svg.contains(" critical\""), "the critical path is marked");
            assertTrue(svg.contains("direction=\"" + ("en".equals(lang) ? "ltr" : "rtl") + "\""));
            BufferedImage png = render(svg, Path.of("target", "gantt-" + lang + ".png"));
            assertTrue(png.getWidth() >= 1000 && png.getHeight() >= 300, "rendered " + png.getWidth() + "x" + png.getHeight());
        }
    }

    @Test
    void theGanttChartShowsEveryActivitysFullNameAndItsLegendExplainsTheOutlineTheDiamondAndToday() throws Exception {
        String id = roadmap();
        for (String lang : List.of("en", "ar", "ckb")) {
            String svg = given().auth().oauth2(TestTokens.advisor()).queryParam("lang", lang)
                    .when().get(ROADMAPS + "/" + id + "/gantt.svg").then().statusCode(200).extract().asString();
            List<Map<String, Object>> activities = given().auth().oauth2(TestTokens.advisor()).queryParam("lang", lang)
                    .when().get(ROADMAPS + "/" + id).then().statusCode(200).extract().path("phases.activities.flatten()");
            Document chart = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));

            Set<String> labels = new HashSet<>();
            NodeList texts = chart.getElementsByTagName("text");
            for (int i = 0; i < texts.getLength(); i++) {
                Element text = (Element) texts.item(i);
                if (text.getAttribute("class").equals("label")) {
                    NodeList lines = text.getElementsByTagName("tspan");
                    List<String> joined = new java.util.ArrayList<>();
                    for (int j = 0; j < lines.getLength(); j++) {
                        joined.add(lines.item(j).getTextContent());
                    }
                    labels.add(String.join(" ", joined));
                }
            }
            Set<String> tooltips = new HashSet<>();
            NodeList rects = chart.getElementsByTagName("rect");
            String criticalStroke = null;
            for (int i = 0; i < rects.getLength(); i++) {
                Element rect = (Element) rects.item(i);
                if (rect.getAttribute("class").startsWith("bar ")) {
                    tooltips.add(rect.getElementsByTagName("title").item(0).getTextContent());
                    if (rect.getAttribute("class").endsWith(" critical")) {
                        criticalStroke = rect.getAttribute("stroke");
                    }
                }
            }
            for (Map<String, Object> activity : activities) {
                String name = (String) activity.get("name");
                assertTrue(labels.contains(name), lang + ": the label of " + activity.get("code") + " is not its full name " + name);
                assertTrue(tooltips.stream().anyMatch(t -> t.startsWith(name + " (")), lang + ": no tooltip names " + name);
            }

            assertTrue(svg.contains(">" + GanttSvg.escape(Labels.CRITICAL_PATH.in(Language.fromTag(lang).orElseThrow())) + "<"), "the outline is explained");
            assertTrue(svg.contains(">" + GanttSvg.escape(Labels.MILESTONE.in(Language.fromTag(lang).orElseThrow())) + "<"), "the diamond is explained");
            assertTrue(svg.contains(">" + GanttSvg.escape(Labels.TODAY.in(Language.fromTag(lang).orElseThrow())) + "<"), "the dashed line is explained");
            assertTrue(svg.contains("class=\"legend-critical\"") && svg.contains("class=\"legend-milestone\""));
            assertFalse(reddish(criticalStroke), "the critical outline " + criticalStroke + " must not read as Blocked ("
                    + GanttSvg.color(ActivityStatus.BLOCKED) + ")");
            render(svg, Path.of("target", "gantt-legend-" + lang + ".png"));
        }
    }

    @Test
    void aLongNameWrapsIntoLinesThatFitTheLabelColumnAndLoseNoWord() {
        String name = "Pass the legislative package: Adopt the law creating the board and defining its membership "
                + "(amends Civil Service Council Law No. 7 of 2011 (Kurdistan Region))";
        List<String> lines = GanttSvg.wrap(name);
        assertTrue(lines.size() >= 3, lines.toString());
        assertTrue(lines.stream().allMatch(line -> line.length() <= GanttSvg.LABEL_CHARS), lines.toString());
        assertEquals(name, String.join(" ", lines));
        assertEquals(GanttSvg.rowHeight(lines.size()), 8 + lines.size() * GanttSvg.LINE, "the row grows with its lines");
    }

    /** A saturated colour within 30 degrees of red, as a reader would take for the red of Blocked. */
    private static boolean reddish(String hex) {
        java.awt.Color c = java.awt.Color.decode(hex);
        float[] hsb = java.awt.Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
        float degrees = hsb[0] * 360;
        return hsb[1] > 0.35 && hsb[2] > 0.25 && (degrees < 30 || degrees > 330);
    }

    @Test
    void theCsvHasABomAndOneRowPerActivityWithArabicNames() throws Exception {
        String id = roadmap();
        byte[] bytes = given().auth().oauth2(TestTokens.advisor()).header("Accept-Language", "ar")
                .when().get(ROADMAPS + "/" + id + "/export.csv")
                .then().statusCode(200).extract().asByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).getRecords();
        CSVRecord law = rows.stream().filter(r -> r.get("code").equals("LEGISLATIVE_PACKAGE")).findFirst().orElseThrow();
        assertEquals("2027-03-02", law.get("planned_start"), "after the government closes its gap on the merit law");
        assertEquals("true", law.get("critical"));
        assertTrue(rows.stream().anyMatch(r -> r.get("name").startsWith("تطبيق")), "Arabic names are intact");
        CSVRecord held = rows.stream().filter(r -> r.get("code").equals("ROLLOUT.MOP-KRG.ENTRY_BOARD")).findFirst().orElseThrow();
        assertTrue(held.get("reason").startsWith("ينتظر سدّ الفجوة في Appeals"), held.get("reason"));
    }

    @Test
    void aNoteThatLooksLikeAFormulaIsExportedAsTextAndNumbersStayNumbers() throws Exception {
        String id = roadmap();
        var roadmap = given().auth().oauth2(TestTokens.advisor()).when().get(ROADMAPS + "/" + id).then().extract();
        String activity = roadmap.path("phases.activities.flatten().find { it.code == 'LEGISLATIVE_PACKAGE' }.id");
        given().auth().oauth2(TestTokens.advisor()).header("If-Match", roadmap.header("ETag")).contentType("application/json")
                .body(java.util.Map.of("note", "=HYPERLINK(\"http://x.example\",\"y\")"))
                .when().patch(ROADMAPS + "/" + id + "/activities/" + activity).then().statusCode(200);

        byte[] bytes = given().auth().oauth2(TestTokens.advisor()).when().get(ROADMAPS + "/" + id + "/export.csv")
                .then().statusCode(200).extract().asByteArray();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).getRecords();
        CSVRecord law = rows.stream().filter(r -> r.get("code").equals("LEGISLATIVE_PACKAGE")).findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(\"http://x.example\",\"y\")", law.get("note"));
        assertTrue(rows.stream().allMatch(r -> r.get("slack_days").matches("-?\\d+")), "slack stays a number");
        assertTrue(rows.stream().noneMatch(r -> r.values().length > 0 && java.util.Arrays.stream(r.values())
                .anyMatch(v -> !v.isEmpty() && "=+@\t\r".indexOf(v.charAt(0)) >= 0)), "no cell starts a formula");
    }

    @Test
    void theSpreadsheetChartAndCalendarAreGzippedWhenTheCallerAsks() throws Exception {
        String id = roadmap();
        var raw = io.restassured.config.RestAssuredConfig.config()
                .decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders());
        for (String export : List.of("export.csv", "gantt.svg", "milestones.ics")) {
            byte[] plain = given().config(raw).auth().oauth2(TestTokens.advisor()).when().get(ROADMAPS + "/" + id + "/" + export)
                    .then().statusCode(200).header("Content-Encoding", org.hamcrest.Matchers.nullValue()).extract().asByteArray();
            byte[] gzipped = given().config(raw).auth().oauth2(TestTokens.advisor()).header("Accept-Encoding", "gzip")
                    .when().get(ROADMAPS + "/" + id + "/" + export)
                    .then().statusCode(200).header("Content-Encoding", "gzip").extract().asByteArray();
            assertTrue(java.util.Arrays.equals(plain,
                    new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped)).readAllBytes()), export);
        }
    }

    @Test
    void theMilestonesAreAValidIcalendar() {
        String id = roadmap();
        String ics = given().auth().oauth2(TestTokens.advisor()).queryParam("lang", "ckb")
                .when().get(ROADMAPS + "/" + id + "/milestones.ics")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/calendar"))
                .extract().asString();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        String updatedAt = given().auth().oauth2(TestTokens.advisor()).when().get(ROADMAPS + "/" + id).then().extract().path("updatedAt");
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC)
                .format(java.time.Instant.parse(updatedAt));
        assertTrue(ics.contains("DTSTAMP:" + stamp + "\r\n"), "stamped with the roadmap's last change, " + stamp);
        assertEquals(4, ics.split("BEGIN:VEVENT", -1).length - 1);
        assertEquals(4, ics.split("END:VEVENT", -1).length - 1);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20280525\r\n"), "foundation closes on 2028-05-25");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
        assertTrue(ics.replace("\r\n ", "").contains("SUMMARY;LANGUAGE=ckb:تەواوبوونی بنیاتنان"));
    }

    /** rsvg-convert (Debian librsvg2-bin, installed by .ci/run) turns the SVG into a PNG kept in target/. */
    private static BufferedImage render(String svg, Path png) throws Exception {
        Path source = Files.createTempFile("gantt", ".svg");
        Files.writeString(source, svg);
        Process process = new ProcessBuilder("rsvg-convert", "-o", png.toString(), source.toString())
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), new String(process.getInputStream().readAllBytes()));
        return ImageIO.read(png.toFile());
    }

    private static String roadmap() {
        return given().auth().oauth2(TestTokens.advisor()).contentType("application/json")
                .body(java.util.Map.of("title", "KRG SES roadmap", "government", "KRG", "startDate", "2027-01-01",
                        "selectedOptionIds", List.of(DownstreamStubs.BOARD, DownstreamStubs.AGREEMENT),
                        "ministryCodes", List.of("MOP-KRG", "MOH-KRG")))
                .when().post(ROADMAPS).then().statusCode(201).extract().path("id");
    }
}
