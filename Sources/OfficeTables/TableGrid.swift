/// A table as rows and columns of values, whichever file it came from: an
/// XLSX sheet or a Word table. Cells are kept sparsely (a sheet may reach row
/// 600 000 with most of it empty), and merged ranges are kept beside them:
/// `value(at:)` gives a cell's own value, `resolvedValue(at:)` the value a
/// person sees there, which for a cell inside a merged range is the value of
/// the range's top-left cell.
public struct TableGrid: Hashable, Sendable {
    /// The sheet's name, or "表格2" for the second table of a Word document.
    public var name: String
    public private(set) var cells: [CellAddress: CellValue]
    public private(set) var merges: [MergedRange]
    /// The last row and column holding a value or a merge; 0 when empty.
    public private(set) var rowCount: Int
    public private(set) var columnCount: Int
    /// Each cell of a merged range, its top-left cell included, to that range.
    private var covering: [CellAddress: Int]

    public init(name: String, cells: [CellAddress: CellValue], merges: [MergedRange] = []) {
        let cells = cells.filter { $0.value != .empty }
        self.name = name
        self.cells = cells
        // Ranges of one cell merge nothing; a range overlapping an earlier
        // one is damage that Excel itself refuses, and is dropped here.
        var kept: [MergedRange] = []
        var covering: [CellAddress: Int] = [:]
        var taken = Set<CellAddress>()
        for range in merges where range.first != range.last && range.rows.count * range.columns.count <= 1_000_000 {
            let addresses = range.rows.flatMap { row in range.columns.map { CellAddress(row: row, column: $0) } }
            guard !addresses.contains(where: { taken.contains($0) }) else { continue }
            taken.formUnion(addresses)
            for address in addresses { covering[address] = kept.count }
            kept.append(range)
        }
        self.merges = kept
        self.covering = covering
        let addresses = Array(cells.keys) + kept.map(\.last)
        rowCount = addresses.map(\.row).max() ?? 0
        columnCount = addresses.map(\.column).max() ?? 0
    }

    public subscript(row: Int, column: Int) -> CellValue {
        value(at: CellAddress(row: row, column: column))
    }

    /// The cell's own value; a cell covered by a merge is empty.
    public func value(at address: CellAddress) -> CellValue {
        cells[address] ?? .empty
    }

    /// What is shown at the cell: a covered cell shows its range's value.
    public func resolvedValue(at address: CellAddress) -> CellValue {
        value(at: merge(covering: address)?.first ?? address)
    }

    /// The merged range the cell belongs to, top-left cell included.
    public func merge(covering address: CellAddress) -> MergedRange? {
        covering[address].map { merges[$0] }
    }

    /// True for a cell inside a merged range other than its top-left cell.
    public func isCovered(_ address: CellAddress) -> Bool {
        covering[address].map { merges[$0].first != address } ?? false
    }

    /// One row as values, columns 1…columnCount, merges resolved.
    public func resolvedRow(_ row: Int) -> [CellValue] {
        guard columnCount > 0 else { return [] }
        return (1...columnCount).map { resolvedValue(at: CellAddress(row: row, column: $0)) }
    }

    /// The grid cut to its first rows and columns, merges clipped to them: for
    /// a reader that expects a table of a certain size and must not walk a
    /// million empty rows because one stray cell sits at the sheet's end.
    public func cropped(rows: Int, columns: Int) -> TableGrid {
        guard rowCount > rows || columnCount > columns else { return self }
        let kept = cells.filter { $0.key.row <= rows && $0.key.column <= columns }
        let clipped = merges.compactMap { range -> MergedRange? in
            guard range.first.row <= rows, range.first.column <= columns else { return nil }
            return MergedRange(first: range.first, last: CellAddress(row: min(range.last.row, rows), column: min(range.last.column, columns)))
        }
        return TableGrid(name: name, cells: kept, merges: clipped)
    }

    /// The rows that hold anything, in order; for walking a large sparse sheet.
    public var nonEmptyRows: [Int] {
        Set(cells.keys.map(\.row)).sorted()
    }
}
