package dev.occam.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.result.KktTable;

import org.junit.jupiter.api.Test;

import java.util.List;

/** The KKT certificate table: 1-based points, multipliers on the support only, LICQ's verdict. */
class KktTablesTest {
    @Test
    void rowsNameTheSupportMultipliersBoundsAndLicq() {
        KktTable t =
                new KktTable(
                        2,
                        List.of(0, 2),
                        new double[] {0.5, 0, 0.25},
                        1e-6,
                        2e-7,
                        1,
                        new double[] {3, 1e-12});
        List<List<String>> rows = KktTables.rows(t);
        assertThat(rows.get(0)).containsExactly("homogeneity order L", "2");
        assertThat(rows.get(1).get(1)).isEqualTo("{1, 3}");
        assertThat(rows.get(2).get(1)).isEqualTo("lambda_1 = 0.500, lambda_3 = 0.250");
        assertThat(rows.get(5).get(1)).isEqualTo("<= 1.00e-6");
        assertThat(rows.get(6).get(1)).startsWith("1 of 2 (fails)");
    }
}
