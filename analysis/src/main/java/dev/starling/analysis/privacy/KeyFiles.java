package dev.starling.analysis.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes secret files so that no one but the owner can ever read them, and complains about secret
 * files that others can read. Logs name files, never their contents.
 */
final class KeyFiles {
    private static final Logger LOG = LoggerFactory.getLogger(KeyFiles.class);
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private KeyFiles() {
    }

    /**
     * Creates {@code target} holding {@code content}, readable and writable by the owner only.
     * Returns false, leaving the file alone, when {@code target} already exists.
     *
     * <p>On POSIX file systems the temporary file is created with mode 600 in the same system call
     * that creates it (the umask can only narrow that), filled and synced, then hard-linked to
     * {@code target}, which fails atomically if someone else created it meanwhile. So the key is never
     * in a file with wider permissions, and never in a half-written {@code target}. Elsewhere the
     * temporary file is restricted to its owner through its ACL (or java.io.File flags) while still
     * empty, and a warning says that owner-only access could not be guaranteed by POSIX modes.
     */
    static boolean createOwnerOnly(Path target, String content) {
        Path dir = target.toAbsolutePath().getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        Path tmp = null;
        try {
            createDirectory(dir, posix);
            tmp = posix
                    ? Files.createTempFile(dir, ".pseudonym-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_FILE))
                    : restrictToOwner(Files.createTempFile(dir, ".pseudonym-", ".tmp"));
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.US_ASCII)));
                ch.force(true);
            }
            boolean created = publish(tmp, target);
            if (created) {
                LOG.info("generated a new pseudonym key in {} ({})", target,
                        posix ? "mode 600" : "owner-only ACL, POSIX modes unsupported on this file system");
            }
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create pseudonym key file " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Links {@code tmp} to {@code target} without replacing an existing file; false if one exists. */
    private static boolean publish(Path tmp, Path target) throws IOException {
        try {
            Files.createLink(target, tmp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            if (Files.exists(target)) {
                return false;
            }
            try {
                Files.move(tmp, target); // no REPLACE_EXISTING: fails rather than overwrite a key
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            }
        }
    }

    private static void createDirectory(Path dir, boolean posix) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Best effort where POSIX modes do not exist: an ACL with only the owner, else File flags. */
    private static Path restrictToOwner(Path file) throws IOException {
        LOG.warn("file system of {} has no POSIX permissions; restricting the key file to its owner as far as "
                + "the platform allows", file.getParent());
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl != null) {
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(Files.getOwner(file))
                    .setPermissions(EnumSet.of(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA,
                            AclEntryPermission.APPEND_DATA, AclEntryPermission.READ_ATTRIBUTES,
                            AclEntryPermission.WRITE_ATTRIBUTES, AclEntryPermission.READ_ACL,
                            AclEntryPermission.WRITE_ACL, AclEntryPermission.DELETE, AclEntryPermission.SYNCHRONIZE))
                    .build()));
        } else {
            var f = file.toFile();
            boolean ok = f.setReadable(false, false) & f.setReadable(true, true)
                    & f.setWritable(false, false) & f.setWritable(true, true);
            if (!ok) {
                LOG.warn("could not restrict {} to its owner; protect it by other means", file);
            }
        }
        return file;
    }

    /**
     * Whether a key file can be read by group or others (POSIX only), with a warning when so. Not an
     * error: the file may be shared on purpose, but the user should know.
     */
    static boolean warnIfReadableByOthers(Path file) {
        try {
            if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return false;
            }
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            boolean wide = p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ);
            if (wide) {
                LOG.warn("pseudonym key file {} is readable by other users ({}); run chmod 600 on it",
                        file, PosixFilePermissions.toString(p));
            }
            return wide;
        } catch (IOException e) {
            LOG.warn("cannot read the permissions of {}: {}", file, e.getMessage());
            return false;
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("could not delete temporary file {}: {}", p, e.getMessage());
        }
    }
}
