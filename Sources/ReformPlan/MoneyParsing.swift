import Foundation

/// The unit an amount is typed in. Plans and budget tables mostly speak in
/// 万元, vouchers in 元; forms say which one a field is in, and a unit written
/// after the number ("3.5万元", "1200元") takes precedence over the field's.
public enum MoneyUnit: String, Hashable, Sendable, CaseIterable, Codable {
    case yuan
    case tenThousandYuan

    public var chineseName: String { self == .yuan ? "元" : "万元" }

    /// Decimal places that still name a whole fen.
    var decimals: Int { self == .yuan ? 2 : 6 }
    var fenPerUnit: Int64 { self == .yuan ? 100 : 1_000_000 }
}

/// Why a typed amount was refused, with the message the form shows.
public enum MoneyProblem: Error, Hashable, Sendable {
    case empty
    case notANumber(String)
    case negative
    case zero
    case tooManyDecimals(unit: MoneyUnit)
    case tooLarge

    public var message: String { messages.zh }
    public var englishMessage: String { messages.en }

    private var messages: (zh: String, en: String) {
        switch self {
        case .empty: ("请填写金额。", "Give an amount.")
        case let .notANumber(text): ("“\(text)”不是金额：只能填写数字，可带千位分隔符“,”和小数点，如 12,345.67 或 3.5万元。",
                                     "“\(text)” is not an amount: digits with optional thousands commas and a decimal point, such as 12,345.67 or 3.5万元.")
        case .negative: ("金额不能为负数。", "The amount may not be negative.")
        case .zero: ("金额必须大于0。", "The amount must be more than 0.")
        case let .tooManyDecimals(unit): ("以\(unit.chineseName)为单位时最多\(unit.decimals)位小数（精确到分）。",
                                          "At most \(unit.decimals) decimals in \(unit == .yuan ? "yuan" : "10,000 yuan") (to the fen).")
        case .tooLarge: ("金额过大（单笔不超过一万亿元）。", "The amount is too large (at most one trillion yuan).")
        }
    }
}

extension Money {
    /// Reads an amount as people type it: "12,345.67", "１２３４５.６７",
    /// "3.5万元", "1200元", "3.5万" (a trailing 万 alone means 万元). Grouping
    /// commas are ignored; full-width digits and punctuation are read as
    /// half-width. Zero is refused unless `allowZero`.
    public static func parse(_ typed: String, unit fieldUnit: MoneyUnit, allowZero: Bool = false) -> Result<Money, MoneyProblem> {
        var text = String(typed.unicodeScalars.compactMap(halfWidth).map(Character.init))
            .trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .failure(.empty) }
        var unit = fieldUnit
        for (suffix, meant) in [("万元", MoneyUnit.tenThousandYuan), ("万", .tenThousandYuan), ("元", .yuan)] where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            unit = meant
            break
        }
        if text.hasPrefix("-") || text.hasPrefix("−") { return .failure(.negative) }
        if text.hasPrefix("+") { text.removeFirst() }
        let digitsAndPoint = text.replacingOccurrences(of: ",", with: "")
        let parts = digitsAndPoint.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty || parts.count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), !(parts.count == 2 && parts[1].isEmpty),
              !(whole.isEmpty && parts[1].isEmpty), Self.commasAreGrouping(text) else {
            return .failure(.notANumber(typed.trimmingCharacters(in: .whitespaces)))
        }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        if fraction.count > unit.decimals { return .failure(.tooManyDecimals(unit: unit)) }
        let wholeDigits = whole.drop { $0 == "0" }
        // More digits than the largest amount has could overflow Int64 below.
        if wholeDigits.count > (unit == .yuan ? 13 : 9) { return .failure(.tooLarge) }
        // The fraction padded to the unit's decimals counts fen in either unit
        // (0.01 元 and 0.000001 万元 are both one fen).
        let padded = fraction + String(repeating: "0", count: unit.decimals - fraction.count)
        let fen = (Int64(wholeDigits) ?? 0) * unit.fenPerUnit + (Int64(padded) ?? 0)
        let money = Money(fen: fen)
        if money > .largest { return .failure(.tooLarge) }
        if fen == 0 && !allowZero { return .failure(.zero) }
        return .success(money)
    }

    /// "1,234,567" and "1234567" are amounts; "12,34" and ",5" are not.
    private static func commasAreGrouping(_ text: String) -> Bool {
        guard text.contains(",") else { return true }
        let whole = text.split(separator: ".", omittingEmptySubsequences: false)[0]
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// Full-width digits, comma, stop and minus as half-width; thin and no-break spaces as spaces.
    private static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0xFF10...0xFF19, 0xFF0C, 0xFF0E, 0xFF0D, 0xFF0B: Unicode.Scalar(scalar.value - 0xFEE0)
        case 0x00A0, 0x2009, 0x202F, 0x3000: " "
        default: scalar
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
