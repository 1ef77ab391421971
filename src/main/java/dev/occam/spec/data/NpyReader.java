package dev.occam.spec.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * numpy's .npy format (versions 1.0, 2.0 and 3.0): the magic "\x93NUMPY", a version, the header's
 * length and a Python dict literal with 'descr', 'fortran_order' and 'shape', then the raw entries.
 * Little-endian float64, float32, int64, int32 and uint8; one or two dimensions; C or Fortran
 * order. Everything else is refused with the dtype or shape found.
 */
public final class NpyReader {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final List<String> DTYPES = List.of("<f8", "<f4", "<i8", "<i4", "|u1");

    private NpyReader() {}

    /**
     * @param name the file as the spec names it (for messages)
     * @param maxEntries the most entries accepted, checked from the header before the body is read
     */
    public static NumericArray read(byte[] bytes, String name, int maxEntries) {
        if (bytes.length < 10 || !startsWith(bytes, MAGIC)) {
            throw new DataFileException(name + " is not an .npy file (no \\x93NUMPY magic)");
        }
        int major = bytes[6] & 0xff;
        int minor = bytes[7] & 0xff;
        if (major < 1 || major > 3 || minor != 0) {
            throw new DataFileException(
                    name
                            + " has .npy format version "
                            + major
                            + "."
                            + minor
                            + " (expected 1.0, 2.0 or 3.0)");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength;
        int start;
        if (major == 1) {
            headerLength = buffer.getShort(8) & 0xffff;
            start = 10;
        } else {
            if (bytes.length < 12) throw truncated(name);
            headerLength = buffer.getInt(8) & 0xffffffffL;
            start = 12;
        }
        if (start + headerLength > bytes.length) throw truncated(name);
        String header =
                new String(
                        bytes,
                        start,
                        (int) headerLength,
                        major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Map<String, Object> dict = HeaderParser.parse(header, name);
        Object descr = dict.get("descr");
        Object fortran = dict.get("fortran_order");
        Object shapeObject = dict.get("shape");
        if (!(descr instanceof String dtype)
                || !(fortran instanceof Boolean fortranOrder)
                || !(shapeObject instanceof List<?> dims)) {
            throw new DataFileException(
                    name
                            + " has an .npy header without 'descr', 'fortran_order' and 'shape': "
                            + header.strip());
        }
        if (!DTYPES.contains(dtype)) {
            throw new DataFileException(
                    name
                            + " has dtype '"
                            + dtype
                            + "'"
                            + (dtype.startsWith(">") ? " (big-endian)" : "")
                            + "; supported: "
                            + String.join(", ", DTYPES));
        }
        int[] shape = shape(dims, name, maxEntries);
        int count = shape.length == 1 ? shape[0] : shape[0] * shape[1];
        int itemSize = Integer.parseInt(dtype.substring(2));
        long body = bytes.length - start - headerLength;
        if (body != (long) count * itemSize) {
            throw new DataFileException(
                    name
                            + " has "
                            + body
                            + " bytes of data, expected "
                            + (long) count * itemSize
                            + " for shape "
                            + java.util.Arrays.toString(shape)
                            + " of "
                            + dtype);
        }
        buffer.position((int) (start + headerLength));
        int[] order = order(shape, fortranOrder);
        if (dtype.charAt(1) == 'f') {
            double[] values = new double[count];
            for (int k = 0; k < count; k++) {
                double d = itemSize == 8 ? buffer.getDouble() : buffer.getFloat();
                if (!Double.isFinite(d)) {
                    throw new DataFileException(
                            name
                                    + " has "
                                    + d
                                    + " at "
                                    + index(shape, order[k])
                                    + " (entries must be finite)");
                }
                values[order[k]] = d;
            }
            return new NumericArray(dtype, shape, values, null, null);
        }
        long[] values = new long[count];
        for (int k = 0; k < count; k++) {
            values[order[k]] =
                    switch (itemSize) {
                        case 8 -> buffer.getLong();
                        case 4 -> buffer.getInt();
                        default -> buffer.get() & 0xff;
                    };
        }
        return new NumericArray(dtype, shape, null, values, null);
    }

    /** The entry's position as [i] or [i, j]. */
    static String index(int[] shape, int flat) {
        return shape.length == 1
                ? "[" + flat + "]"
                : "[" + flat / shape[1] + ", " + flat % shape[1] + "]";
    }

    /** For the k-th stored entry, its row-major position. */
    private static int[] order(int[] shape, boolean fortran) {
        int count = shape.length == 1 ? shape[0] : shape[0] * shape[1];
        int[] order = new int[count];
        for (int k = 0; k < count; k++) {
            order[k] = fortran && shape.length == 2 ? (k % shape[0]) * shape[1] + k / shape[0] : k;
        }
        return order;
    }

    private static int[] shape(List<?> dims, String name, int maxEntries) {
        String found = dims.toString().replace('[', '(').replace(']', ')');
        if (dims.size() < 1 || dims.size() > 2) {
            throw new DataFileException(
                    name
                            + " has shape "
                            + found
                            + " with "
                            + dims.size()
                            + " dimensions; expected 1 (a vector) or 2 (a matrix)");
        }
        int[] shape = new int[dims.size()];
        long total = 1;
        for (int i = 0; i < shape.length; i++) {
            long n = (Long) dims.get(i);
            if (n < 1) {
                throw new DataFileException(name + " has shape " + found + " with no entries");
            }
            if (n > maxEntries) {
                throw tooMany(name, found, maxEntries);
            }
            shape[i] = (int) n;
            total *= n;
        }
        if (total > maxEntries) throw tooMany(name, found, maxEntries);
        return shape;
    }

    private static DataFileException tooMany(String name, String found, int maxEntries) {
        return new DataFileException(
                name + " has shape " + found + ", more than " + maxEntries + " entries");
    }

    private static DataFileException truncated(String name) {
        return new DataFileException(name + " is truncated (its .npy header is incomplete)");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) return false;
        }
        return true;
    }

    /**
     * The Python literal of an .npy header: a dict of string keys to strings, True/False and tuples
     * of integers. Anything else (a list descr of a structured dtype, say) is refused.
     */
    private static final class HeaderParser {
        private final String text;
        private final String name;
        private int at;

        private HeaderParser(String text, String name) {
            this.text = text;
            this.name = name;
        }

        static Map<String, Object> parse(String header, String name) {
            HeaderParser p = new HeaderParser(header, name);
            Map<String, Object> dict = p.dict();
            p.skipSpace();
            if (p.at != header.length()) throw p.bad();
            return dict;
        }

        private Map<String, Object> dict() {
            expect('{');
            Map<String, Object> dict = new LinkedHashMap<>();
            while (true) {
                skipSpace();
                if (peek() == '}') {
                    at++;
                    return dict;
                }
                String key = string();
                skipSpace();
                expect(':');
                dict.put(key, value());
                skipSpace();
                if (peek() == ',') at++;
                else if (peek() != '}') throw bad();
            }
        }

        private Object value() {
            skipSpace();
            char c = peek();
            if (c == '\'' || c == '"') return string();
            if (c == '(') return tuple();
            if (text.startsWith("True", at)) {
                at += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("False", at)) {
                at += 5;
                return Boolean.FALSE;
            }
            throw bad();
        }

        private List<Long> tuple() {
            expect('(');
            List<Long> items = new ArrayList<>();
            while (true) {
                skipSpace();
                if (peek() == ')') {
                    at++;
                    return items;
                }
                int from = at;
                while (at < text.length() && Character.isDigit(text.charAt(at))) at++;
                if (from == at || at - from > 12) throw bad();
                items.add(Long.parseLong(text.substring(from, at)));
                skipSpace();
                if (text.startsWith("L", at)) at++; // Python 2 longs
                skipSpace();
                if (peek() == ',') at++;
                else if (peek() != ')') throw bad();
            }
        }

        private String string() {
            char quote = peek();
            if (quote != '\'' && quote != '"') throw bad();
            int end = text.indexOf(quote, at + 1);
            if (end < 0) throw bad();
            String s = text.substring(at + 1, end);
            at = end + 1;
            return s;
        }

        private void expect(char c) {
            skipSpace();
            if (peek() != c) throw bad();
            at++;
        }

        private char peek() {
            return at < text.length() ? text.charAt(at) : '\0';
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
        }

        private DataFileException bad() {
            return new DataFileException(
                    name
                            + " has an .npy header occam cannot read (a dict of 'descr', 'fortran_order' and 'shape'"
                            + " with a simple dtype): "
                            + text.strip());
        }
    }
}
