/// An amount of money in yuan, kept as a whole number of fen (分, 0.01 yuan).
///
/// Why integer fen and not `Double` or Foundation's `Decimal`: budgets must add
/// up to the fen (0.1 + 0.2 yuan is 0.3 yuan, not 0.30000000000000004); a whole
/// number is exact, sums and comparisons are plain integer arithmetic, and it
/// is stored as BIGINT, which SQLite and PostgreSQL keep alike. `Decimal` would
/// be exact too, but SQLite has no decimal column (NUMERIC affinity turns
/// "0.1" into a REAL), so it would have to be stored as text and parsed back
/// on every read. Int64 fen reaches about 9×10¹⁶ yuan; one amount is limited
/// to `Money.largest`, so the sums of a bureau's budgets cannot overflow.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var fen: Int64

    public init(fen: Int64) { self.fen = fen }

    public static let zero = Money(fen: 0)
    /// One trillion yuan (一万亿元): far above any project budget, far below overflow.
    public static let largest = Money(fen: 100_000_000_000_000)

    public static func + (a: Money, b: Money) -> Money { Money(fen: a.fen + b.fen) }
    public static func - (a: Money, b: Money) -> Money { Money(fen: a.fen - b.fen) }
    public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }

    /// Plain yuan with two decimals and no grouping: "12345.67", "-0.05".
    /// What a spreadsheet cell and a form field hold.
    public var plain: String {
        let sign = fen < 0 ? "-" : "", magnitude = fen.magnitude
        let cents = magnitude % 100
        return "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// Grouped by thousands for reading: "12,345.67".
    public var grouped: String {
        let text = plain
        let sign = text.hasPrefix("-") ? "-" : ""
        let parts = text.dropFirst(sign.count).split(separator: ".")
        var whole = String(parts[0]), groups: [String] = []
        while whole.count > 3 {
            groups.insert(String(whole.suffix(3)), at: 0)
            whole = String(whole.dropLast(3))
        }
        groups.insert(whole, at: 0)
        return sign + groups.joined(separator: ",") + "." + parts[1]
    }

    /// "12,345.67元".
    public var description: String { grouped + "元" }

    /// The amount in 万元, exact, without trailing zeros: "1.2345万元".
    public var tenThousands: String {
        let sign = fen < 0 ? "-" : "", magnitude = fen.magnitude
        var fraction = String(magnitude % 1_000_000)
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(sign)\(magnitude / 1_000_000)\(fraction.isEmpty ? "" : "." + fraction)万元"
    }
}
