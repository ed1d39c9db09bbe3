package modernization.common.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads seed content, kept as JSON under {@code src/main/resources/seed/} so editors need no Java. */
public final class SeedFiles {

    private SeedFiles() {
    }

    public static <T> T read(ObjectMapper mapper, String resource, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed file " + resource + " is missing from the classpath");
            }
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Seed file " + resource + " is not valid", e);
        }
    }
}
