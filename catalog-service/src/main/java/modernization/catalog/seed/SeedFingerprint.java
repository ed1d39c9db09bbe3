package modernization.catalog.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The SHA-256 of what a seed load depends on: the code and resources a class was loaded from (the
 * service's application jar, its seed files inside; or, in tests, its classes directory). Any
 * change of a seed file or of the code that loads it gives another fingerprint; a restart of the
 * same build gives the same one.
 */
final class SeedFingerprint {

    private SeedFingerprint() {
    }

    /** Empty when the class's origin cannot be read (then the seed is always loaded). */
    static Optional<String> of(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(digest(Path.of(source.getLocation().toURI())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String digest(Path origin) {
        MessageDigest sha = sha256();
        try {
            if (Files.isDirectory(origin)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(origin)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    sha.update(origin.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(file));
                }
            } else {
                sha.update(Files.readAllBytes(origin));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + origin + " to fingerprint the seed", e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
