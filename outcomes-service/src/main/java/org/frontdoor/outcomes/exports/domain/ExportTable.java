package org.frontdoor.outcomes.exports.domain;

import java.util.List;

/** A file's content before it is written: the header row and the data rows, every cell as text ("" when blank). */
public record ExportTable(List<String> columns, List<List<String>> rows) {

    public ExportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }
}
