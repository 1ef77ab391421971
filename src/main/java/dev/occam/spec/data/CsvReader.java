package dev.occam.spec.data;

import dev.occam.numeric.Value;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Plain .csv: numbers separated by commas (spaces around them allowed), one row per line, every row
 * as long as the first, no header. Entries are exact as written, like YAML literals in a spec
 * ("0.1" is 1/10, "1/3" is a third). A single row or a single column is a 2-D array of shape [1, n]
 * or [n, 1]; a vector accepts either.
 */
public final class CsvReader {

    private CsvReader() {}

    /**
     * @param number the exact value of an entry's text, empty when it is not a number; it throws
     *     IllegalArgumentException with a message for an absurd one ("1/0")
     */
    public static NumericArray read(
            byte[] bytes, String name, int maxEntries, Function<String, Optional<Value>> number) {
        String text;
        try {
            text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes))
                            .toString();
        } catch (CharacterCodingException e) {
            throw new DataFileException(name + " is not valid UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            throw new DataFileException(name + " holds no numbers");
        }
        int columns = lines.get(0).split(",", -1).length;
        if ((long) lines.size() * columns > maxEntries) {
            throw new DataFileException(
                    name
                            + " has "
                            + lines.size()
                            + " rows of "
                            + columns
                            + ", more than "
                            + maxEntries
                            + " entries");
        }
        Value[] values = new Value[lines.size() * columns];
        for (int i = 0; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",", -1);
            String line = name + " line " + (i + 1);
            if (lines.get(i).isBlank()) {
                throw new DataFileException(line + " is empty");
            }
            if (fields.length != columns) {
                throw new DataFileException(
                        line
                                + " has "
                                + fields.length
                                + " entries, expected "
                                + columns
                                + " like line 1");
            }
            for (int j = 0; j < columns; j++) {
                String field = fields[j].strip();
                Optional<Value> value;
                try {
                    value = number.apply(field);
                } catch (IllegalArgumentException e) {
                    throw new DataFileException(
                            line + " column " + (j + 1) + ": " + e.getMessage());
                }
                if (value.isEmpty()) {
                    throw new DataFileException(
                            line
                                    + " column "
                                    + (j + 1)
                                    + ": expected a number, got '"
                                    + field
                                    + "'"
                                    + (i == 0 ? " (a .csv data file has no header line)" : ""));
                }
                values[i * columns + j] = value.get();
            }
        }
        return new NumericArray("csv", new int[] {lines.size(), columns}, null, null, values);
    }
}
