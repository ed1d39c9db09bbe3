package modernization.roadmap.roadmap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Progress reported on an activity, as a JSON merge patch (RFC 7396): a field left out stays as it
 * is, a field sent as {@code null} is removed. Both read as {@code null} here; {@code removed} names
 * the fields the patch sent as {@code null}, read from the document itself.
 */
@JsonDeserialize(using = ActivityPatch.Reader.class)
@Schema(name = "ActivityPatch", description = "A JSON merge patch (RFC 7396): fields left out stay as they are; "
        + "null removes actualStart, actualEnd or note; status and percentComplete cannot be removed (422).")
public record ActivityPatch(
        @Schema(example = "IN_PROGRESS") ActivityStatus status,
        @Min(value = 0, message = "{modernization.roadmap.percent-range}")
        @Max(value = 100, message = "{modernization.roadmap.percent-range}")
        @Schema(example = "40") Integer percentComplete,
        @Schema(example = "2027-02-01", nullable = true) LocalDate actualStart,
        @Schema(example = "2027-05-30", nullable = true) LocalDate actualEnd,
        @Size(max = 2000) @Schema(example = "Selection board constituted by decree 2027/4", nullable = true) String note,
        @Schema(hidden = true) Set<String> removed) {

    public ActivityPatch {
        removed = removed == null ? Set.of() : Set.copyOf(removed);
    }

    /** The patch's value of a field: left out keeps the current value, null removes it. */
    <T> T merged(String field, T patched, T current) {
        return removed.contains(field) ? null : patched != null ? patched : current;
    }

    /** The fields as JSON has them, read by Jackson's own rules (types, dates, enums). */
    record Fields(ActivityStatus status, Integer percentComplete, LocalDate actualStart, LocalDate actualEnd, String note) {
    }

    /** Reads the fields, and which of them the document sent as {@code null}. */
    static final class Reader extends JsonDeserializer<ActivityPatch> {

        @Override
        public ActivityPatch deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode document = parser.readValueAsTree();
            if (!(document instanceof ObjectNode object)) {
                return (ActivityPatch) context.handleUnexpectedToken(ActivityPatch.class, parser);
            }
            Fields fields = parser.getCodec().treeToValue(object, Fields.class);
            Set<String> removed = new HashSet<>();
            object.properties().forEach(field -> {
                if (field.getValue().isNull()) {
                    removed.add(field.getKey());
                }
            });
            return new ActivityPatch(fields.status(), fields.percentComplete(), fields.actualStart(), fields.actualEnd(),
                    fields.note(), removed);
        }
    }
}
