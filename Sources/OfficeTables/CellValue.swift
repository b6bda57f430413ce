/// What a cell holds, as the file stores it. Numbers keep the digits written
/// in the file, so that 85736256 stays a telephone number and 0.1 stays exact
/// for whoever needs a decimal; `double` is there for arithmetic.
public enum CellValue: Hashable, Sendable {
    case empty
    case text(String)
    /// The number as written in the file ("12", "0.7", "1.5E-3"). A date typed
    /// into a spreadsheet is a number too (days since 1899-12-30): number
    /// formats are not read.
    case number(String)
    case boolean(Bool)
    /// A formula's error as the file caches it: "#DIV/0!", "#N/A".
    case error(String)

    /// The value as a person reads it in the cell: text as is, numbers as
    /// written, TRUE/FALSE, the error code; "" for an empty cell.
    public var text: String {
        switch self {
        case .empty: ""
        case let .text(value): value
        case let .number(value): value
        case let .boolean(value): value ? "TRUE" : "FALSE"
        case let .error(code): code
        }
    }

    public var double: Double? {
        if case let .number(value) = self { return Double(value) }
        return nil
    }

    /// Empty, or text of nothing but spaces and line breaks.
    public var isBlank: Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
