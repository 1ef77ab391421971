package dev.occam.spec.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * numpy's .npz format: a zip (stored by {@code np.savez}, deflated by {@code np.savez_compressed})
 * of .npy members. {@code key} names a member without its ".npy"; without a key the archive must
 * hold exactly one member.
 */
public final class NpzReader {
    private static final String NPY = ".npy";

    private NpzReader() {}

    /**
     * @param key the member's name without ".npy", or null for the only member
     * @param maxBytes the most bytes a member may inflate to
     */
    public static NumericArray read(
            byte[] bytes, String name, String key, int maxEntries, long maxBytes) {
        List<String> members = new ArrayList<>();
        byte[] chosen = null;
        String chosenName = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String member = entry.getName();
                if (entry.isDirectory()) continue;
                String memberKey =
                        member.endsWith(NPY)
                                ? member.substring(0, member.length() - NPY.length())
                                : member;
                members.add(memberKey);
                if (key == null ? members.size() == 1 : memberKey.equals(key)) {
                    chosen = zip.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                    chosenName = member;
                    if (chosen.length > maxBytes) {
                        throw new DataFileException(
                                name
                                        + " member '"
                                        + member
                                        + "' is larger than "
                                        + maxBytes
                                        + " bytes");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DataFileException(
                    name + " is not a readable .npz (zip) file: " + e.getMessage());
        }
        if (members.isEmpty()) {
            throw new DataFileException(name + " holds no arrays");
        }
        if (key == null && members.size() > 1) {
            throw new DataFileException(
                    name
                            + " holds several arrays ("
                            + String.join(", ", members)
                            + "); name one with key");
        }
        if (chosen == null) {
            throw new DataFileException(
                    name
                            + " has no array '"
                            + key
                            + "' (it holds: "
                            + String.join(", ", members)
                            + ")");
        }
        if (!chosenName.endsWith(NPY)) {
            throw new DataFileException(name + " member '" + chosenName + "' is not an .npy file");
        }
        return NpyReader.read(chosen, name + "[" + chosenName + "]", maxEntries);
    }
}
