package dev.paperscope.index.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;

/**
 * The user OpenSearch nodes run as. OpenSearch refuses to run as root ("can not run opensearch as root"),
 * so when this process is root the nodes run as {@code nobody} through {@code setpriv} (util-linux), and
 * the cluster folder is handed to that user; otherwise they run as the current user.
 */
final class NodeUser {
    static final String USER = "nobody";
    static final String GROUP = "nogroup";

    private NodeUser() {
    }

    static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** The command prefix that drops root, or nothing when not root. */
    static List<String> prefix() {
        return isRoot() ? List.of("setpriv", "--reuid=" + USER, "--regid=" + GROUP, "--clear-groups") : List.of();
    }

    /**
     * When root: checks that {@code dir}'s parents let other users through (a node running as nobody must reach
     * its folder), then gives the folder to nobody. A clear error names the parent that does not.
     */
    static void handOver(Path dir) {
        if (!isRoot()) {
            return;
        }
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new OpenSearchException("OpenSearch nodes run as user " + USER + " when started by root, and " + p
                            + " (a parent of the cluster folder " + dir + ") does not let other users through; choose a folder"
                            + " such as /var/tmp/paperscope-cluster with --dir");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the permissions of " + p + ": " + e.getMessage(), e);
            }
        }
        try {
            UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
            UserPrincipal user = lookup.lookupPrincipalByName(USER);
            GroupPrincipal group = lookup.lookupPrincipalByGroupName(GROUP);
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    own(d);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    own(f);
                    return FileVisitResult.CONTINUE;
                }

                private void own(Path p) throws IOException {
                    PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
                    view.setOwner(user);
                    view.setGroup(group);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot give the cluster folder " + dir + " to user " + USER + ": " + e.getMessage(), e);
        }
    }
}
