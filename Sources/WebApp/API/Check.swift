import Foundation

/// The limits openapi.yaml states, enforced: swift-openapi-generator checks
/// types, required keys, enum values and `additionalProperties: false`, but
/// not minimum, maximum, maxLength, pattern, maxItems or formats. Each
/// failure is a 422 naming the field by its path.
enum Check {
    static func invalid(_ field: String, zh: String, en: String) -> Refusal {
        Refusal(.unprocessableContent, zh: zh, en: en, field: field)
    }

    static func range<T: Comparable & CustomStringConvertible>(_ value: T?, _ bounds: ClosedRange<T>, _ field: String) throws {
        guard let value, !bounds.contains(value) else { return }
        throw invalid(field, zh: "\(field) 应在 \(bounds.lowerBound) 到 \(bounds.upperBound) 之间，收到 \(value)。",
                      en: "\(field) must be from \(bounds.lowerBound) to \(bounds.upperBound), not \(value).")
    }

    /// A number (`Quantity`): finite and within `bounds`.
    static func amount(_ value: Double?, _ bounds: ClosedRange<Double>, _ field: String) throws {
        guard let value, !(value.isFinite && bounds.contains(value)) else { return }
        throw invalid(field, zh: "\(field) 应在 \(IndicatorRows.number(bounds.lowerBound)) 到 \(IndicatorRows.number(bounds.upperBound)) 之间。",
                      en: "\(field) must be from \(IndicatorRows.number(bounds.lowerBound)) to \(IndicatorRows.number(bounds.upperBound)).")
    }

    /// One line (`UnitName`, `PersonName`, `IndicatorName`): no control characters.
    static func line(_ value: String?, _ field: String, max: Int, required: Bool = true) throws {
        try text(value, field, max: max, required: required) { $0.value < 0x20 || $0.value == 0x7F }
    }

    /// Text that may span lines (`LongText`, `Comment`, `Reason`): tab, CR and LF allowed.
    static func paragraph(_ value: String?, _ field: String, max: Int, required: Bool = false) throws {
        try text(value, field, max: max, required: required) {
            ($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r") || $0.value == 0x7F
        }
    }

    /// Length in code points, as JSON Schema counts; "blank" is only white space.
    private static func text(_ value: String?, _ field: String, max: Int, required: Bool,
                             refused: (Unicode.Scalar) -> Bool) throws {
        guard let value else { return }
        if value.unicodeScalars.contains(where: refused) {
            throw invalid(field, zh: "\(field) 含有控制字符。", en: "\(field) contains control characters.")
        }
        if value.unicodeScalars.count > max {
            throw invalid(field, zh: "\(field) 不能超过 \(max) 个字符。", en: "\(field) must be at most \(max) characters.")
        }
        if required && value.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            throw invalid(field, zh: "\(field) 不能为空。", en: "\(field) must not be blank.")
        }
    }

    static func count(_ items: [some Any], max: Int, _ field: String) throws {
        if items.count > max {
            throw invalid(field, zh: "\(field) 最多 \(max) 项。", en: "\(field) may have at most \(max) items.")
        }
    }

    /// A record id (`RecordId`): 1 to 2^53 − 1, what JSON numbers hold exactly.
    static func id(_ value: Int64, _ field: String = "id") throws {
        try range(value, 1...9_007_199_254_740_991, field)
    }

    /// A unit named in a path or query (`UnitName`).
    static func unit(_ value: String?, _ field: String = "unit") throws {
        try line(value, field, max: 100)
    }
}

/// A page of a list: `page` from 1 and `perPage` 1–100, 1 and 20 when left out.
struct Paging {
    var page: Int
    var perPage: Int

    init(_ page: Int?, _ perPage: Int?) throws {
        try Check.range(page, 1...100_000, "page")
        try Check.range(perPage, 1...100, "perPage")
        self.page = page ?? 1
        self.perPage = perPage ?? 20
    }

    /// This page's items of `all`, and how many there are in all.
    func slice<T>(_ all: [T]) -> (items: [T], total: Int) {
        let start = min(all.count, (page - 1) * perPage)
        return (Array(all[start..<min(all.count, start + perPage)]), all.count)
    }
}
