package org.servicestandards.rules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.servicestandards.rules.DrlFile;

/** Reads DRL files from the default rule base, a directory or the classpath. */
public final class DrlFiles {
    private static volatile List<DrlFile> defaults;

    private DrlFiles() {}

    /** The default rule files ({@link RuleBaseCompiler#DEFAULT_RULES}), read once. */
    public static List<DrlFile> defaults() {
        List<DrlFile> d = defaults;
        if (d == null) {
            d = RuleBaseCompiler.defaultSources().stream().map(s -> new DrlFile(s.path(), s.text())).toList();
            defaults = d;
        }
        return d;
    }

    /** Whether a path names a DRL file (by its extension, any case). */
    public static boolean isDrl(Path p) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".drl");
    }

    /** Every {@code *.drl} file under {@code dir}, sorted by relative path, each named {@code dir/relative}. */
    public static List<DrlFile> directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("rule directory " + dir + " does not exist or is not a directory");
        }
        List<DrlFile> files = new ArrayList<>();
        for (Path p : list(dir, DrlFiles::isDrl)) {
            try {
                files.add(new DrlFile(dir.resolve(dir.relativize(p)).toString(), Files.readString(p, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rule file " + p + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    /** The regular files under {@code dir} that pass {@code filter}, sorted by relative path ({@code /} separated). */
    public static List<Path> list(Path dir, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(filter)
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * One {@code .drl} resource, or every {@code *.drl} resource under a classpath folder (in
     * directories or jars; every occurrence of the folder on the classpath), sorted by path.
     */
    public static List<DrlFile> classpath(ClassLoader loader, String location) {
        String loc = location.startsWith("/") ? location.substring(1) : location;
        while (loc.endsWith("/")) {
            loc = loc.substring(0, loc.length() - 1);
        }
        try {
            if (loc.toLowerCase(java.util.Locale.ROOT).endsWith(".drl")) {
                URL url = loader.getResource(loc);
                if (url == null) {
                    throw new IllegalArgumentException("no rule file " + loc + " on the classpath");
                }
                try (var in = url.openStream()) {
                    return List.of(new DrlFile(loc, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            List<DrlFile> files = new ArrayList<>();
            for (URL url : Collections.list(loader.getResources(loc))) {
                files.addAll(folder(url, loc));
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no .drl files under " + loc + " on the classpath (a folder inside a"
                        + " jar is found only through its directory entry, which jars built by Maven and Gradle have)");
            }
            files.sort(Comparator.comparing(DrlFile::path));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules from the classpath location " + loc + ": " + e.getMessage(), e);
        }
    }

    private static List<DrlFile> folder(URL url, String loc) throws IOException {
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad classpath URL " + url, e);
        }
        if ("jar".equals(uri.getScheme())) {
            FileSystem fs;
            boolean close = false;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
                close = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            try {
                return read(fs.provider().getPath(uri), loc);
            } finally {
                if (close) {
                    fs.close();
                }
            }
        }
        return read(Path.of(uri), loc);
    }

    private static List<DrlFile> read(Path dir, String loc) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<DrlFile> files = new ArrayList<>();
        for (Path p : list(dir, DrlFiles::isDrl)) {
            String relative = dir.relativize(p).toString().replace('\\', '/');
            files.add(new DrlFile(loc + "/" + relative, Files.readString(p, StandardCharsets.UTF_8)));
        }
        return files;
    }
}
