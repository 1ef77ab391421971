package dev.occam.report;

import dev.occam.certify.Numbers;
import dev.occam.result.Decimals;
import dev.occam.result.LimitTable;
import dev.occam.result.SpecResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The table "Limit per sweep point": each limit to the decimals its bound certifies, the bound, its
 * evidence and the distance to the prediction, then the prediction and the references (30 digits)
 * under "limit".
 */
public final class LimitTables {
    private LimitTables() {}

    /** The spec's tables: the limit table when it has one. */
    public static List<Table> of(SpecResult r) {
        return r.limits() == null ? List.of() : List.of(of(r.limits()));
    }

    static Table of(LimitTable t) {
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(t.parameters());
        header.addAll(
                List.of(
                        "limit (digits the bound gives)",
                        "bound on ||w_T - w_inf||",
                        "evidence",
                        "distance to prediction"));
        List<List<String>> rows = new ArrayList<>();
        for (LimitTable.Point p : t.points()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(p.number())));
            row.addAll(p.values());
            row.add(p.last() == null ? "blew up" : Decimals.vector(p.last(), p.bound()));
            row.add(Numbers.sci(p.bound()));
            row.add(p.evidence().word());
            row.add(p.distance() == null ? "-" : Numbers.sci(p.distance()));
            rows.add(row);
        }
        for (LimitTable.Reference r : t.references()) {
            List<String> row = new ArrayList<>(Collections.nCopies(header.size(), ""));
            row.set(0, r.prediction() ? "prediction: " + r.name() : r.name());
            row.set(header.size() - 4, Decimals.vector(r.value(), 0));
            rows.add(row);
        }
        return new Table("Limit per sweep point", header, rows);
    }
}
