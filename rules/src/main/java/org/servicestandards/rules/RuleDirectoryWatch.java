package org.servicestandards.rules;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running watch over rule directories (made by {@link ReloadableStandards#watch}): when files in
 * them change, and then stay unchanged for the quiet period, the rules are reloaded once. Runs on a
 * daemon thread of its own; {@link #close()} stops it. Thread-safe.
 */
public final class RuleDirectoryWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RuleDirectoryWatch.class);

    private final WatchService service;
    private final Thread thread;
    private final Duration quietPeriod;
    private final Runnable onChange;
    private volatile boolean closed;

    private RuleDirectoryWatch(WatchService service, Duration quietPeriod, Runnable onChange) {
        this.service = service;
        this.quietPeriod = quietPeriod;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "rule-directory-watch");
        this.thread.setDaemon(true);
    }

    static RuleDirectoryWatch start(List<Path> dirs, Duration quietPeriod, Runnable onChange) {
        Objects.requireNonNull(quietPeriod, "quietPeriod");
        if (quietPeriod.isNegative()) {
            throw new IllegalArgumentException("quietPeriod must not be negative, was " + quietPeriod);
        }
        WatchService service;
        try {
            service = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch rule directories: " + e.getMessage(), e);
        }
        RuleDirectoryWatch watch = new RuleDirectoryWatch(service, quietPeriod, onChange);
        try {
            for (Path dir : dirs) {
                watch.registerTree(dir);
            }
        } catch (IOException e) {
            watch.close();
            throw new UncheckedIOException("cannot watch rule directory: " + e.getMessage(), e);
        }
        watch.thread.start();
        return watch;
    }

    private void registerTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
                d.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (!closed) {
                handle(service.take());
                WatchKey more;
                while ((more = service.poll(Math.max(1, quietPeriod.toMillis()), TimeUnit.MILLISECONDS)) != null) {
                    handle(more);
                }
                if (!closed) {
                    onChange.run();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed
        } catch (RuntimeException e) {
            LOG.error("rule directory watch stopped", e);
        }
    }

    /** Drains a key's events; new sub-directories are watched too. */
    private void handle(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = dir.resolve(name);
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created);
                    } catch (IOException e) {
                        LOG.warn("cannot watch new rule directory {}", created, e);
                    }
                }
            }
        }
        key.reset();
    }

    /** Whether the watch has been closed. */
    public boolean isClosed() { return closed; }

    /** Stops watching; a reload under way finishes first. */
    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service", e);
        }
        if (thread.isAlive() && Thread.currentThread() != thread) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
