package dev.occam.spec.data;

import dev.occam.numeric.Value;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Opens the data files of one spec. Specs are untrusted input, so a path must be relative, stay
 * inside the spec's directory (after {@code ..} and symbolic links are resolved), name a regular
 * file of at most {@link #MAX_BYTES} bytes (refused before it is read) and end in .npy, .npz or
 * .csv. Nothing else is opened.
 */
public final class DataFiles {

    /** The largest data file read (and the largest .npz member inflated). */
    public static final long MAX_BYTES = 256L << 20;

    /**
     * The most entries of an .npy/.npz array: 2.5 * 10^7 float64 entries are 200 MB. Each becomes a
     * value that makes its exact forms only when asked, about 40 bytes.
     */
    public static final int MAX_BINARY_ENTRIES = 25_000_000;

    /** The most entries of a .csv file: each is parsed to an exact decimal, about 1 us apiece. */
    public static final int MAX_CSV_ENTRIES = 1_000_000;

    private DataFiles() {}

    /**
     * @param spec the spec file, whose directory the path is relative to; null for a spec not read
     *     from a file, which cannot name data files
     * @param written the path as written in the spec
     * @param key the .npz member, or null
     * @param number the exact value of a .csv entry's text (see {@link CsvReader})
     */
    public static DataFile read(
            Path spec, String written, String key, Function<String, Optional<Value>> number) {
        Path file = resolve(spec, written);
        String extension = extension(written);
        if (key != null && !extension.equals(".npz")) {
            throw new DataFileException(
                    "key names a member of an .npz file; " + written + " is not one");
        }
        byte[] bytes = readBounded(file, written);
        String sha256 = sha256(bytes);
        NumericArray array =
                switch (extension) {
                    case ".npy" -> NpyReader.read(bytes, written, MAX_BINARY_ENTRIES);
                    case ".npz" ->
                            NpzReader.read(bytes, written, key, MAX_BINARY_ENTRIES, MAX_BYTES);
                    default -> CsvReader.read(bytes, written, MAX_CSV_ENTRIES, number);
                };
        return new DataFile(written, key, sha256, array);
    }

    /** The file the spec names, confined to the spec's directory. */
    static Path resolve(Path spec, String written) {
        if (spec == null) {
            throw new DataFileException(
                    "data files are relative to the spec's file; this spec was not read from one");
        }
        Path relative;
        try {
            relative = Path.of(written);
        } catch (InvalidPathException e) {
            throw new DataFileException("'" + written + "' is not a valid path");
        }
        if (relative.isAbsolute()
                || relative.getRoot() != null
                || written.startsWith("/")
                || written.startsWith("\\")
                || written.startsWith("~")) {
            throw new DataFileException(
                    "'"
                            + written
                            + "' is absolute; a data file's path is relative to the spec's directory");
        }
        Path directory = spec.toAbsolutePath().normalize().getParent();
        Path file = directory.resolve(relative).normalize();
        if (!file.startsWith(directory)) {
            throw new DataFileException(
                    "'"
                            + written
                            + "' leaves the spec's directory; a data file must lie inside it");
        }
        extension(written);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            throw new DataFileException(
                    "data file " + written + " not found (looked for " + file + ")");
        }
        Path real;
        Path realDirectory;
        try {
            real = file.toRealPath();
            realDirectory = directory.toRealPath();
        } catch (IOException e) {
            throw new DataFileException(
                    "data file "
                            + written
                            + " not found or not readable ("
                            + e.getClass().getSimpleName()
                            + ")");
        }
        if (!real.startsWith(realDirectory)) {
            throw new DataFileException(
                    "'"
                            + written
                            + "' resolves (through a symbolic link) outside the spec's directory; a data file must lie inside it");
        }
        if (!Files.isRegularFile(real)) {
            throw new DataFileException("data file " + written + " is not a regular file");
        }
        return real;
    }

    private static String extension(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        for (String e : new String[] {".npy", ".npz", ".csv"}) {
            if (lower.endsWith(e)) return e;
        }
        throw new DataFileException("data file " + written + " must end in .npy, .npz or .csv");
    }

    private static byte[] readBounded(Path file, String written) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new DataFileException(
                        "data file " + written + " has " + size + " bytes, more than " + MAX_BYTES);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new DataFileException(
                            "data file " + written + " has more than " + MAX_BYTES + " bytes");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new DataFileException(
                    "cannot read data file "
                            + written
                            + " ("
                            + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + ")");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
