package modernization.catalog.option;

import java.util.UUID;

/**
 * The version of an option a caller is shown, without its content: enough for the ETag and to
 * tell whether a rendering of it is still current. {@code optionRevision} changes when the option
 * itself does (a new draft, a publication, a retirement), which the view also shows.
 */
public record VersionRef(UUID id, UUID optionId, int number, long revision, long optionRevision, OptionStatus status) {
}
