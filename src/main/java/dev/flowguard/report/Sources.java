package dev.flowguard.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the files findings name are in the repository, for reports read by tools that open them (code scanning):
 * findings name a file as the log does, from the project ({@code solution/Core/Workflows/A.json},
 * {@code out/Core.zip!Workflows/A.json}); reports need it from the repository root, and for a zip entry the zip
 * itself, which is the file that exists there.
 */
public final class Sources {

    /** The base id SARIF relative URIs are given against: the repository root. */
    public static final String ROOT_ID = "%SRCROOT%";

    private static final Sources NONE = new Sources(null, null, Map.of());

    private final Path repositoryRoot;
    private final Path basedir;
    private final Map<String, Path> artifacts;

    /**
     * Where a finding's file is.
     *
     * @param uri the file on disk as a URI reference: relative to the repository root when it is under it
     * @param relative whether {@code uri} is relative to the repository root
     * @param entry the path of the file inside the zip {@code uri} names, or null when {@code uri} is the file itself
     */
    public record Location(String uri, boolean relative, String entry) {

        public boolean inZip() {
            return entry != null;
        }
    }

    private Sources(Path repositoryRoot, Path basedir, Map<String, Path> artifacts) {
        this.repositoryRoot = repositoryRoot;
        this.basedir = basedir;
        this.artifacts = artifacts;
    }

    /** Files as the findings name them, relative to nothing known. */
    public static Sources none() {
        return NONE;
    }

    /**
     * @param repositoryRoot the folder URIs are relative to (the checkout's root)
     * @param basedir the project's folder, which findings' paths are relative to
     * @param artifacts each artifact scanned, by the name findings give it, with its path on disk
     */
    public static Sources of(Path repositoryRoot, Path basedir, Map<String, Path> artifacts) {
        Map<String, Path> absolute = new LinkedHashMap<>();
        artifacts.forEach((name, path) -> absolute.put(name, path.toAbsolutePath().normalize()));
        return new Sources(repositoryRoot.toAbsolutePath().normalize(), basedir.toAbsolutePath().normalize(),
                Map.copyOf(absolute));
    }

    /** The repository root as an absolute {@code file:} URI ending in {@code /}, when it is known. */
    public Optional<String> rootUri() {
        if (repositoryRoot == null) {
            return Optional.empty();
        }
        String uri = repositoryRoot.toUri().toString();
        return Optional.of(uri.endsWith("/") ? uri : uri + "/");
    }

    /** The project's folder from the repository root ({@code hr}, or empty for the root), when it is known. */
    public Optional<String> projectPath() {
        if (repositoryRoot == null || !basedir.startsWith(repositoryRoot)) {
            return Optional.empty();
        }
        return Optional.of(repositoryRoot.relativize(basedir).toString().replace('\\', '/'));
    }

    /** Where the file a finding names is: the file itself, or the zip that holds it and the entry inside. */
    public Location locate(String file) {
        String artifact = null;
        for (String name : artifacts.keySet()) {
            boolean prefix = file.equals(name) || file.startsWith(name + "!") || file.startsWith(name + "/");
            if (prefix && (artifact == null || name.length() > artifact.length())) {
                artifact = name;
            }
        }
        Path path;
        String entry = null;
        if (artifact != null) {
            String rest = file.substring(artifact.length());
            path = artifacts.get(artifact);
            if (rest.startsWith("!")) {
                entry = rest.substring(1);
            } else if (rest.startsWith("/")) {
                path = path.resolve(rest.substring(1)).normalize();
            }
        } else {
            int bang = file.indexOf('!');
            String outer = bang < 0 ? file : file.substring(0, bang);
            entry = bang < 0 ? null : file.substring(bang + 1);
            if (basedir == null) {
                return new Location(uri(outer), !isAbsolute(outer), entry);
            }
            path = basedir.resolve(outer).normalize();
        }
        if (repositoryRoot != null && path.startsWith(repositoryRoot)) {
            return new Location(uri(repositoryRoot.relativize(path).toString()), true, entry);
        }
        return new Location(uri(path.toString()), false, entry);
    }

    private static boolean isAbsolute(String path) {
        String slashed = path.replace('\\', '/');
        return slashed.startsWith("/") || slashed.matches("^[A-Za-z]:/.*");
    }

    /**
     * A path as a URI reference: relative paths stay relative, with {@code \} turned to {@code /} and spaces and
     * other characters percent-encoded; absolute paths become {@code file:} URIs.
     */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        String prefix = "";
        if (path.matches("^[A-Za-z]:/.*")) {
            prefix = "file:///";
        } else if (path.startsWith("/")) {
            prefix = "file://";
        }
        StringBuilder uri = new StringBuilder(prefix);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0)) {
                uri.append(c);
            } else {
                uri.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return uri.toString();
    }
}
