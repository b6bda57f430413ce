import OfficeTables

/// The header of a responsibility table: the row whose cells name columns we
/// know, at least a title column and one other, found among the first rows
/// (a title, an issuer line or an "附件" label may stand above it). A header
/// of two rows, a merged "责任主体" over "牵头单位｜配合单位", is read as one.
struct TableHeader {
    /// The first and last row of the header.
    var rows: ClosedRange<Int>
    /// Column number → role, for the columns the header names.
    var columns: [Int: TableColumn]
    /// Header cells whose words name nothing we know, by column.
    var unknown: [(column: Int, text: String)]
    /// Columns whose role an earlier column already has.
    var repeated: [(column: Int, text: String)]

    static let searchedRows = 30

    static func find(in grid: TableGrid) -> TableHeader? {
        guard grid.rowCount > 0 else { return nil }
        for row in 1...min(grid.rowCount, searchedRows) {
            let roles = roles(of: row, in: grid)
            guard Set(roles.values).contains(.title), Set(roles.values).count >= 2 else { continue }
            var header = TableHeader(rows: row...row, columns: [:], unknown: [], repeated: [])
            var texts = (1...grid.columnCount).map { grid.resolvedValue(at: CellAddress(row: row, column: $0)).text }
            // A second header row: the cells under a merged heading name their own columns.
            if row < grid.rowCount {
                let below = Self.roles(of: row + 1, in: grid)
                let spanned = below.keys.filter { column in
                    grid.merge(covering: CellAddress(row: row, column: column)).map { $0.columns.count > 1 && $0.rows.upperBound == row } ?? false
                }
                if !spanned.isEmpty {
                    for column in spanned { texts[column - 1] = grid[row + 1, column].text }
                    header.rows = row...(row + 1)
                }
            }
            header.assign(texts)
            return header
        }
        return nil
    }

    private static func roles(of row: Int, in grid: TableGrid) -> [Int: TableColumn] {
        var roles: [Int: TableColumn] = [:]
        guard grid.columnCount > 0 else { return roles }
        for column in 1...grid.columnCount {
            let address = CellAddress(row: row, column: column)
            // A title row merged across the table is one cell's words, not a header.
            if grid.merge(covering: address).map({ $0.columns.count > 2 }) == true { continue }
            if let role = TableColumn.of(header: grid.resolvedValue(at: address).text) { roles[column] = role }
        }
        return roles
    }

    private mutating func assign(_ texts: [String]) {
        for (index, text) in texts.enumerated() {
            let column = index + 1
            let words = Chrome.compact(text)
            guard !words.isEmpty else { continue }
            guard let role = TableColumn.of(header: text) else {
                unknown.append((column, words))
                continue
            }
            if columns.values.contains(role) {
                repeated.append((column, words))
            } else {
                columns[column] = role
            }
        }
    }

    func column(of role: TableColumn) -> Int? {
        columns.first { $0.value == role }?.key
    }
}
