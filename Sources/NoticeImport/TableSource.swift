import OfficeTables
import ReformPlan

/// A table written out as text, one line per row of the grid and cells
/// separated by tabs, so that line n of the plan's source text is row n of the
/// sheet or table: findings point at it, the import page shows it, and the
/// deadline and target rules of the text importer run on its cells' ranges.
struct TableSource {
    enum Kind {
        case sheet
        case wordTable
    }

    let grid: TableGrid
    let kind: Kind
    let text: SourceText
    /// Where each non-empty cell's own text stands in `text`.
    private let ranges: [CellAddress: Range<Int>]
    private(set) var findings: [Finding] = []

    init(grid: TableGrid, kind: Kind) {
        var string = ""
        var ranges: [CellAddress: Range<Int>] = [:]
        var offset = 0
        for row in 0..<max(grid.rowCount, 1) {
            if row > 0 { string += "\n"; offset += 1 }
            // Empty cells at the end of a row are left out, so the line ends with its last value.
            let filled = (0..<grid.columnCount).last { !grid.value(at: CellAddress(row: row + 1, column: $0 + 1)).isBlank } ?? -1
            for column in 0..<(filled + 1) {
                if column > 0 { string += "\t"; offset += 1 }
                let address = CellAddress(row: row + 1, column: column + 1)
                // In-cell line breaks and tabs would shift the rows: shown as spaces.
                let value = String(String.UnicodeScalarView(grid.value(at: address).text.unicodeScalars.map {
                    $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0
                }))
                let length = value.unicodeScalars.count
                if length > 0 { ranges[address] = offset..<(offset + length) }
                string += value
                offset += length
            }
        }
        self.grid = grid
        self.kind = kind
        text = SourceText(string)
        self.ranges = ranges
    }

    /// The range of what is shown at a cell: a covered cell shows its merge's value.
    func range(of address: CellAddress) -> Range<Int>? {
        ranges[grid.merge(covering: address)?.first ?? address]
    }

    /// "工作表“责任分解表”D7" or "表格1第7行第4列": the place as a person finds it.
    func place(_ address: CellAddress) -> String {
        switch kind {
        case .sheet: "工作表“\(grid.name)”\(address.reference)"
        case .wordTable: "\(grid.name)第\(address.row)行第\(address.column)列"
        }
    }

    /// "工作表“责任分解表”第7行" or "表格1第7行".
    func place(row: Int) -> String {
        switch kind {
        case .sheet: "工作表“\(grid.name)”第\(row)行"
        case .wordTable: "\(grid.name)第\(row)行"
        }
    }

    /// A finding at a cell, or at a whole row when `column` is nil: its line
    /// is the row and its column the table's column, and the message opens
    /// with the place in words (or with `outside`, for text around the table).
    mutating func report(_ severity: Finding.Severity, row: Int, column: Int? = nil, outside: String? = nil, _ message: String) {
        let location = outside ?? column.map { place(CellAddress(row: row, column: $0)) } ?? place(row: row)
        findings.append(Finding(line: row, column: column ?? 1, severity: severity, message: "\(location)：\(message)"))
    }

    /// A cell's text as a value: layout spaces and line breaks gone,
    /// Traditional characters in Simplified, as the text importer gives values.
    static func clean(_ value: String) -> String {
        let source = SourceText(value)
        return source.value(0..<source.count)
    }
}
