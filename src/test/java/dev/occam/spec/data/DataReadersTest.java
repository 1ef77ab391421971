package dev.occam.spec.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.numeric.Value;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The readers of .npy, .npz and .csv on fixtures numpy wrote (src/test/resources/data,
 * make_fixtures.py); the expected entries are the numbers given to numpy, written here literally.
 */
class DataReadersTest {
    private static final Path DIR = Path.of("src/test/resources/data");
    private static final double[] X = {0.5, -3, 0.001, 2, 1.25, -0.125};
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(/\\d+)?");

    /** A stand-in for the spec's exact number reader: decimals and p/q, exact. */
    private static final Function<String, Optional<Value>> EXACT =
            t -> {
                if (!NUMBER.matcher(t).matches()) return Optional.empty();
                String[] pq = t.split("/");
                BigFraction q = new BigFraction(new java.math.BigDecimal(pq[0]).doubleValue());
                if (pq[0].contains(".")) {
                    java.math.BigDecimal d = new java.math.BigDecimal(pq[0]);
                    q = new BigFraction(d.unscaledValue(), java.math.BigInteger.TEN.pow(d.scale()));
                }
                if (pq.length == 2) q = q.divide(new BigFraction(Long.parseLong(pq[1])));
                return Optional.of(Value.of(q, t));
            };

    private static byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(DIR.resolve(name));
    }

    private static NumericArray npy(String name) throws IOException {
        return NpyReader.read(bytes(name), name, 100_000);
    }

    private static String npyError(String name) {
        return assertThatThrownBy(() -> npy(name))
                .isInstanceOf(DataFileException.class)
                .actual()
                .getMessage();
    }

    @Test
    void readsFloat64InCOrder() throws IOException {
        NumericArray a = npy("x-f8.npy");
        assertThat(a.dtype()).isEqualTo("<f8");
        assertThat(a.shape()).containsExactly(2, 3);
        assertThat(a.doubles()).containsExactly(X);
        assertThat(a.longs()).isNull();
    }

    @Test
    void readsFortranOrderIntoRowMajor() throws IOException {
        NumericArray a = npy("x-f8-fortran.npy");
        assertThat(a.shape()).containsExactly(2, 3);
        assertThat(a.doubles()).containsExactly(X);
    }

    @Test
    void readsAVersionTwoHeader() throws IOException {
        assertThat(bytes("x-v2.npy")[6]).isEqualTo((byte) 2);
        NumericArray a = npy("x-v2.npy");
        assertThat(a.shape()).containsExactly(2, 3);
        assertThat(a.doubles()).containsExactly(X);
    }

    @Test
    void readsIntegersAndSmallTypes() throws IOException {
        NumericArray i8 = npy("y-i8.npy");
        assertThat(i8.dtype()).isEqualTo("<i8");
        assertThat(i8.shape()).containsExactly(3);
        assertThat(i8.longs()).containsExactly(1, -2, 3);
        assertThat(npy("y-i4.npy").longs()).containsExactly(7, -8);
        assertThat(npy("y-u1.npy").longs()).containsExactly(0, 255);
        NumericArray f4 = npy("y-f4.npy");
        assertThat(f4.dtype()).isEqualTo("<f4");
        assertThat(f4.doubles()).containsExactly(0.5, -0.25);
    }

    @Test
    void refusesWhatItCannotRepresent() {
        assertThat(npyError("x-big-endian.npy"))
                .contains("x-big-endian.npy", "'>f8'", "big-endian", "supported: <f8");
        assertThat(npyError("x-3d.npy")).contains("x-3d.npy", "shape (2, 2, 2)", "3 dimensions");
        assertThat(npyError("x-scalar.npy")).contains("x-scalar.npy", "0 dimensions");
        assertThat(npyError("x-complex.npy")).contains("x-complex.npy", "'<c16'");
        assertThat(npyError("x-nan.npy")).contains("x-nan.npy", "NaN at [1]");
        assertThat(npyError("x-inf.npy")).contains("x-inf.npy", "-Infinity at [1, 1]");
    }

    @Test
    void checksTheEntryLimitFromTheHeaderAndTheBodyLength() throws IOException {
        assertThatThrownBy(() -> NpyReader.read(bytes("x-f8.npy"), "x-f8.npy", 5))
                .hasMessageContaining("shape (2, 3), more than 5 entries");
        byte[] whole = bytes("x-f8.npy");
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 8);
        assertThatThrownBy(() -> NpyReader.read(cut, "cut.npy", 100))
                .hasMessageContaining("cut.npy has 40 bytes of data, expected 48");
        assertThatThrownBy(() -> NpyReader.read("not numpy".getBytes(), "t.npy", 100))
                .hasMessageContaining("t.npy is not an .npy file");
        byte[] huge = java.util.Arrays.copyOf(whole, 128); // header only
        String header = new String(huge, 10, 118, java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] claimed =
                header.replace("(2, 3)", "(9999999999,)")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] bogus = new byte[10 + claimed.length];
        System.arraycopy(whole, 0, bogus, 0, 10);
        bogus[8] = (byte) claimed.length;
        System.arraycopy(claimed, 0, bogus, 10, claimed.length);
        assertThatThrownBy(() -> NpyReader.read(bogus, "big.npy", 100_000))
                .hasMessageContaining("big.npy has shape (9999999999), more than 100000 entries");
    }

    @Test
    void npzMembersByKeyOrTheOnlyOne() throws IOException {
        for (String name : new String[] {"set.npz", "set-compressed.npz"}) {
            NumericArray x = NpzReader.read(bytes(name), name, "X", 100_000, 1 << 20);
            assertThat(x.shape()).containsExactly(2, 3);
            assertThat(x.doubles()).containsExactly(X);
            assertThat(NpzReader.read(bytes(name), name, "y", 100_000, 1 << 20).doubles())
                    .containsExactly(1, 2);
            assertThatThrownBy(() -> NpzReader.read(bytes(name), name, null, 100_000, 1 << 20))
                    .hasMessageContaining(name + " holds several arrays (X, y); name one with key");
            assertThatThrownBy(() -> NpzReader.read(bytes(name), name, "Z", 100_000, 1 << 20))
                    .hasMessageContaining(name + " has no array 'Z' (it holds: X, y)");
        }
        assertThat(NpzReader.read(bytes("single.npz"), "single.npz", null, 100, 1 << 20).doubles())
                .containsExactly(4, 5, 6);
        assertThatThrownBy(() -> NpzReader.read(bytes("set.npz"), "set.npz", "X", 100_000, 100))
                .hasMessageContaining("set.npz member 'X.npy' is larger than 100 bytes");
        assertThatThrownBy(() -> NpzReader.read(bytes("x.csv"), "x.csv", null, 100, 1 << 20))
                .hasMessageContaining("x.csv holds no arrays");
    }

    @Test
    void csvValuesAreExactAsWritten() throws IOException {
        NumericArray x = CsvReader.read(bytes("x.csv"), "x.csv", 100, EXACT);
        assertThat(x.dtype()).isEqualTo("csv");
        assertThat(x.shape()).containsExactly(2, 3);
        assertThat(java.util.Arrays.stream(x.values()).map(Value::rational))
                .containsExactly(
                        new BigFraction(1, 2),
                        new BigFraction(-3),
                        new BigFraction(1, 1000),
                        new BigFraction(2),
                        new BigFraction(5, 4),
                        new BigFraction(-1, 8));
        assertThat(CsvReader.read(bytes("y-column.csv"), "y.csv", 100, EXACT).shape())
                .containsExactly(3, 1);
        assertThat(CsvReader.read(bytes("y-row.csv"), "y.csv", 100, EXACT).shape())
                .containsExactly(1, 3);
    }

    @Test
    void csvErrorsNameTheLine() {
        assertThatThrownBy(() -> CsvReader.read(bytes("header.csv"), "header.csv", 100, EXACT))
                .hasMessage(
                        "header.csv line 1 column 1: expected a number, got 'a' (a .csv data file has no header line)");
        assertThatThrownBy(() -> CsvReader.read(bytes("ragged.csv"), "ragged.csv", 100, EXACT))
                .hasMessage("ragged.csv line 2 has 1 entries, expected 2 like line 1");
        assertThatThrownBy(() -> CsvReader.read("1,2\n\n3,4\n".getBytes(), "b.csv", 100, EXACT))
                .hasMessage("b.csv line 2 is empty");
        assertThatThrownBy(() -> CsvReader.read("1,2\n3,4\n".getBytes(), "b.csv", 3, EXACT))
                .hasMessage("b.csv has 2 rows of 2, more than 3 entries");
        assertThatThrownBy(() -> CsvReader.read("\n".getBytes(), "e.csv", 3, EXACT))
                .hasMessage("e.csv holds no numbers");
        assertThatThrownBy(() -> CsvReader.read(new byte[] {(byte) 0xff}, "u.csv", 3, EXACT))
                .hasMessage("u.csv is not valid UTF-8 text");
    }
}
