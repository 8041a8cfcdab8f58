package dev.flowguard.check;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Writing the files a check leaves behind, and saying in words why that failed. */
final class ReportFiles {

    /** Writes the content of one file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** One lock per file that modules of a parallel build may write alike (the reactor's baseline and reports). */
    private static final ConcurrentHashMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private ReportFiles() {
    }

    static Object lock(Path file) {
        return LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), p -> new Object());
    }

    /**
     * Writes {@code target} through a partial file beside it, so a reader never sees a half-written report and a
     * failed run leaves the last good one. The partial file is created like any other file (not with
     * {@code Files.createTempFile}, whose owner-only mode would keep the report from CI agents, containers and web
     * servers running as another user), so the umask decides, as for every file the build writes.
     */
    static void write(Path target, Content content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path partial = directory.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Why a file operation failed, in words: the JDK's message for most of them is only the path, which the
     * caller has named already. The path is added when it is another one (a file standing where a folder goes).
     */
    static String reason(IOException e, Path about) {
        String reason = reason(e);
        if (e instanceof FileSystemException fs && fs.getFile() != null && about != null
                && !Path.of(fs.getFile()).toAbsolutePath().normalize().equals(about.toAbsolutePath().normalize())) {
            return reason + " (" + fs.getFile() + ")";
        }
        return reason;
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way where a folder is needed";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
