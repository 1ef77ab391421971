package dev.occam.spec.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes little-endian float64 (or int64) .npy files (format 1.0, C order) for tests that need data
 * larger than a committed fixture should be; the format is the one numpy.save writes (the readers
 * are tested against numpy's own files, see make_fixtures.py).
 */
public final class NpyWriter {
    private NpyWriter() {}

    public static void write(Path file, double[] data, int... shape) throws IOException {
        ByteBuffer b = start("<f8", data.length, shape);
        for (double v : data) b.putDouble(v);
        Files.write(file, b.array());
    }

    /** The same as int64 ('<i8'). */
    public static void write(Path file, long[] data, int... shape) throws IOException {
        ByteBuffer b = start("<i8", data.length, shape);
        for (long v : data) b.putLong(v);
        Files.write(file, b.array());
    }

    /** A buffer holding the magic, version and header, with room for the entries. */
    private static ByteBuffer start(String descr, int entries, int... shape) {
        StringBuilder dims = new StringBuilder();
        for (int s : shape) dims.append(s).append(", ");
        if (shape.length > 1) dims.setLength(dims.length() - 2);
        else dims.setLength(dims.length() - 1);
        String dict =
                "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + dims + "), }";
        int unpadded = 10 + dict.length() + 1;
        int padded = (unpadded + 63) / 64 * 64;
        String header = dict + " ".repeat(padded - unpadded) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + 8 * entries);
        b.order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII));
        b.put((byte) 1).put((byte) 0).putShort((short) header.length());
        b.put(header.getBytes(StandardCharsets.US_ASCII));
        return b;
    }
}
