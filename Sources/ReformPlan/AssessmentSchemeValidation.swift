import Foundation

/// Checks a scheme beyond what its types enforce, each problem at its field
/// path ("items[2].weight"), so that an edit mistake in the scheme file or
/// the form is named where it is. Errors stop a scheme from being adopted;
/// warnings are shown and may be accepted (a base of 95 can be deliberate).
public struct AssessmentSchemeProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error, warning
    }

    public var path: String
    public var message: String
    public var severity: Severity

    public init(path: String, message: String, severity: Severity = .error) {
        self.path = path
        self.message = message
        self.severity = severity
    }

    /// "items[2].weight: 权重必须为正数。 …".
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

extension AssessmentScheme {
    public var problems: [AssessmentSchemeProblem] {
        var result: [AssessmentSchemeProblem] = []
        func error(_ path: String, _ message: String) { result.append(.init(path: path, message: message)) }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { error("name", "方案名称不能为空。 (The scheme needs a name.)") }
        if !(2000...2100).contains(year) { error("year", "年度\(year)不在2000–2100之间。 (Not a plausible year.)") }
        if version < 1 { error("version", "版本号必须从1开始。 (Versions start at 1.)") }
        if objectionWindowDays < 1 { error("objectionWindowDays", "异议期至少1天。 (The objection window needs at least a day.)") }
        for (field, cap) in [("bonusCap", bonusCap), ("deductionCap", deductionCap)] {
            if let cap, !(cap.isFinite && cap >= 0) { error(field, "上限不能为负数。 (A cap cannot be negative.)") }
        }
        if items.isEmpty { error("items", "至少需要一个考核项目。 (A scheme needs at least one item.)") }
        return result + Self.problems(items: Array(items.enumerated()))
    }

    /// The items' problems, each at its index in the file: a reader that could
    /// not decode some items passes the rest with their own indices.
    public static func problems(items: [(offset: Int, element: AssessmentItem)]) -> [AssessmentSchemeProblem] {
        var result: [AssessmentSchemeProblem] = []
        var keys: [String: Int] = [:], rules: [AssessmentRule: Int] = [:]
        for (i, item) in items {
            let at = "items[\(i)]"
            result += item.problems(at: at)
            if let first = keys[item.key] {
                result.append(.init(path: "\(at).key", message: "键“\(item.key)”与items[\(first)]重复。 (Duplicate key.)"))
            } else { keys[item.key] = i }
            if let first = rules[item.rule] {
                result.append(.init(path: "\(at).rule", message: "与items[\(first)]的规则相同，将重复计分。 (Same rule as another item.)",
                                    severity: .warning))
            } else { rules[item.rule] = i }
        }
        let base = items.map(\.element).filter { $0.rule.group == .base }.reduce(0) { $0 + $1.weight }
        if !items.isEmpty, abs(base - 100) > 1e-9 {
            result.append(.init(path: "items", message: "基础项权重合计\(ChineseNumber.plain(base))分，通常应为100分。 (Base weights do not sum to 100.)",
                                severity: .warning))
        }
        return result
    }
}

extension AssessmentItem {
    func problems(at: String) -> [AssessmentSchemeProblem] {
        var result: [AssessmentSchemeProblem] = []
        func error(_ field: String, _ message: String) { result.append(.init(path: "\(at).\(field)", message: message)) }
        let allowed = key.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "_" || $0 == "-") }
        if key.isEmpty || !allowed { error("key", "键只能由英文字母、数字、_和-组成，且不能为空。 (A key is letters, digits, _ and -.)") }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { error("name", "项目名称不能为空。 (An item needs a name.)") }
        switch rule.group {
        case .base:
            if !(weight.isFinite && weight > 0) { error("weight", "权重必须为正数。 (The weight must be positive.)") }
            if let cap, cap != weight { error("cap", "基础项的上限即其权重（\(ChineseNumber.plain(weight))分），请删去cap。 (A base item's cap is its weight.)") }
        case .bonus, .deduction:
            if weight != 0 { error("weight", "加分、减分项不计入基础分，不设权重；每次分值写在rule.points，上限写在cap。 (Bonus and deduction items have no weight.)") }
            if let cap {
                if !(cap.isFinite && cap >= 0) { error("cap", "上限不能为负数。 (A cap cannot be negative.)") }
            } else { error("cap", "加分、减分项必须设上限cap。 (Bonus and deduction items need a cap.)") }
        }
        switch rule {
        case .publicityAdopted(let each) where !(each.isFinite && each > 0):
            error("rule.pointsEach", "每篇分值必须为正数。 (Points per submission must be positive.)")
        case .bonus(let event, let points), .deduction(let event, let points):
            if !(points.isFinite && points > 0) {
                error("rule.points", "每次分值必须为正数（减分项也写正数）。 (Points per event must be positive, for deductions too.)")
            }
            if rule.group == .bonus, !event.isCommendation {
                error("rule.event", "加分项只能对应表彰：\(event.chineseName)不是表彰。 (A bonus needs a commendation.)")
            }
            if rule.group == .deduction, event.isCommendation {
                error("rule.event", "减分项不能对应表彰（\(event.chineseName)）。 (A deduction cannot be for a commendation.)")
            }
        default: break
        }
        return result
    }
}
