/// One row of values as a district sends it (a CSV line, a row of a sheet),
/// before it is checked: the text as written, with where it came from.
public struct ValueRow: Hashable, Sendable {
    /// "第12行", "江岸区 第12行".
    public var place: String
    public var code: String
    public var name: String?
    public var valueText: String

    public init(place: String, code: String, name: String? = nil, valueText: String) {
        self.place = place
        self.code = code
        self.name = name
        self.valueText = valueText
    }
}

/// Checks a whole file of values before anything is stored: every division
/// known and of the kinds the indicator is entered for, every value a number,
/// no division twice. Blank values are rows the district left to fill later
/// and are skipped, not refused.
public enum IndicatorValueCheck {
    public struct Checked: Sendable {
        public var values: [(key: Int64, kind: Division.Kind, value: Double)] = []
        public var problems: [RowProblem] = []
        /// Rows with no value written.
        public var blank = 0

        public init() {}
    }

    /// `known` maps the keys of stored divisions of the rule's kinds to their kind.
    public static func check(_ rows: [ValueRow], known: [Int64: Division.Kind], rule: RollupRule,
                             codeColumn: String = "代码", valueColumn: String = "数值") -> Checked {
        var checked = Checked()
        var seen: [Int64: String] = [:]
        checked.values.reserveCapacity(rows.count)
        let wanted = rule.countedKinds
        let wantedNames = wanted.map(\.chineseName).sorted().joined(separator: "、")
        for row in rows {
            let code = row.code.trimmingSpaces
            guard let key = DivisionCode.key(code) else {
                checked.problems.append(RowProblem(place: row.place, column: codeColumn,
                                                   message: "“\(code)”不是区划代码（应为6、9或12位数字） (not a division code)"))
                continue
            }
            guard let kind = known[key] else {
                checked.problems.append(RowProblem(place: row.place, column: codeColumn,
                                                   message: "区划代码\(code)不是已登记的\(wantedNames) (not a registered \(wanted.map(\.rawValue).sorted().joined(separator: "/")))"))
                continue
            }
            if let earlier = seen[key] {
                checked.problems.append(RowProblem(place: row.place, column: codeColumn,
                                                   message: "区划代码\(code)与\(earlier)重复 (the division appears twice)"))
                continue
            }
            seen[key] = row.place
            let text = row.valueText.trimmingSpaces
            if text.isEmpty { checked.blank += 1; continue }
            guard let value = Double(String(text.filter { $0 != "," })), value.isFinite, value >= 0 else {
                checked.problems.append(RowProblem(place: row.place, column: valueColumn,
                                                   message: "“\(text)”不是非负数字 (not a number of zero or more)"))
                continue
            }
            checked.values.append((key, kind, value))
        }
        return checked
    }
}

extension String {
    /// Without spaces, tabs and full-width spaces at either end (cells copied from Word carry them).
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" || c == "\u{3000}" || c == "\r" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\u{3000}" || c == "\r" { s = s.dropLast() }
        return String(s)
    }
}
