package dev.paperscope.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths given to ingest: files as named, folders recursively in name order, hidden files left out. */
final class InputFiles {
    /** A file and whether the user named it (true) or it was found in a folder (false). */
    record Input(Path path, boolean named) {
    }

    private InputFiles() {
    }

    static List<Input> expand(List<Path> paths) {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !isHidden(p, f)).sorted()
                            .forEach(f -> out.add(new Input(f, false)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                out.add(new Input(p, true));
            }
        }
        return out;
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
