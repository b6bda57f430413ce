/// Places a Word table's cells on its grid. A cell starts where the one
/// before it ended (after any `gridBefore` columns) and spans `gridSpan`
/// columns; a `vMerge` continuation cell adds its row to the merge begun by
/// the `restart` cell above it in the same columns, and has no value of its
/// own, as Word shows it.
struct DocxTableBuilder {
    private var row = 0
    private var column = 1
    private var span = 1
    private var verticalMerge: Bool?
    private var cells: [CellAddress: CellValue] = [:]
    /// Merged ranges by their top-left cell, grown downwards by continuations.
    private var ranges: [CellAddress: MergedRange] = [:]
    /// For each starting column, the top-left cell of the vertical merge open there.
    private var openVertical: [Int: CellAddress] = [:]

    mutating func startRow() {
        row += 1
        column = 1
    }

    mutating func skipColumns(_ count: Int) {
        column += max(0, min(count, 63))
    }

    mutating func startCell() {
        span = 1
        verticalMerge = nil
    }

    /// Word allows 63 columns; a larger span is damage, kept within reason.
    mutating func setSpan(_ value: Int) { span = max(1, min(value, 63)) }

    mutating func setVerticalMerge(restart: Bool) { verticalMerge = restart }

    mutating func endCell(text: String) {
        guard row > 0, column <= 512 else { return }
        let address = CellAddress(row: row, column: column)
        let last = CellAddress(row: row, column: column + span - 1)
        if verticalMerge == false, let anchor = openVertical[column], let range = ranges[anchor],
           range.last.row == row - 1, range.columns == column...last.column {
            ranges[anchor] = MergedRange(first: range.first, last: CellAddress(row: row, column: range.last.column))
        } else {
            if !text.allSatisfy(\.isWhitespace) { cells[address] = .text(text) }
            if span > 1 || verticalMerge == true { ranges[address] = MergedRange(first: address, last: last) }
            if verticalMerge == true { openVertical[column] = address } else { openVertical[column] = nil }
        }
        column += span
    }

    func grid(name: String) -> TableGrid {
        TableGrid(name: name, cells: cells, merges: ranges.values.sorted { $0.first < $1.first })
    }
}
