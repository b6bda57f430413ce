/// A cell's place in a grid: 1-based row and column, as a spreadsheet shows
/// them ("D7" is row 7, column 4). Word tables use the same numbering, counted
/// over the table's grid columns.
public struct CellAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Excel's limits; a reference beyond them is not a cell but damage.
    public static let maxRow = 1_048_576
    public static let maxColumn = 16_384

    /// Parses "D7" (letters then digits, either case); nil for anything else
    /// or a place outside the sheet's limits.
    public init?(reference: String) {
        var column = 0, row = 0, letters = 0, digits = 0
        for scalar in reference.unicodeScalars {
            let isLetter = (65...90).contains(scalar.value) || (97...122).contains(scalar.value)
            if isLetter, digits == 0, letters < 3 {
                letters += 1
                column = column * 26 + Int(scalar.value & 0x1F)
            } else if (48...57).contains(scalar.value), letters > 0, digits < 7 {
                digits += 1
                row = row * 10 + Int(scalar.value - 48)
            } else {
                return nil
            }
        }
        guard (1...Self.maxRow).contains(row), (1...Self.maxColumn).contains(column) else { return nil }
        self.init(row: row, column: column)
    }

    /// 1 → A, 26 → Z, 27 → AA.
    public static func columnName(_ column: Int) -> String {
        var n = column, name = ""
        while n > 0 {
            let remainder = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// "D7".
    public var reference: String { Self.columnName(column) + String(row) }

    public var description: String { reference }

    /// Row by row, then column by column: reading order.
    public static func < (a: CellAddress, b: CellAddress) -> Bool {
        (a.row, a.column) < (b.row, b.column)
    }
}

/// A rectangle of merged cells; the value lives in its top-left cell.
public struct MergedRange: Hashable, Sendable {
    public var first: CellAddress
    public var last: CellAddress

    public init(first: CellAddress, last: CellAddress) {
        self.first = CellAddress(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellAddress(row: max(first.row, last.row), column: max(first.column, last.column))
    }

    /// "A1:J1"; a single reference is a range of one cell.
    public init?(reference: String) {
        let parts = reference.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let a = CellAddress(reference: String(parts[0])),
              let b = CellAddress(reference: String(parts[parts.count - 1])) else { return nil }
        self.init(first: a, last: b)
    }

    public var rows: ClosedRange<Int> { first.row...last.row }
    public var columns: ClosedRange<Int> { first.column...last.column }
    public var reference: String { first.reference + ":" + last.reference }

    public func contains(_ address: CellAddress) -> Bool {
        rows.contains(address.row) && columns.contains(address.column)
    }
}
