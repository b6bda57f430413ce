import Foundation
import ReformPlan
import Yams

extension AssessmentSchemeFile {
    /// The scheme as a file that reads back equal, headed by comments in
    /// Chinese that say what each field means and which rules and events
    /// exist, for staff who edit it by hand. The lists come from the types,
    /// so they cannot fall behind the code.
    public static func yaml(_ scheme: AssessmentScheme) throws -> String {
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        encoder.options.width = -1
        guard let node = try Yams.compose(yaml: try encoder.encode(scheme)) else { return header }
        return header + (try Yams.serialize(node: plainNumbers(node), width: -1, allowUnicode: true))
    }

    /// Yams writes every Double in scientific notation ("2e+1"); staff read
    /// and write "20" and "2.5". Quoted strings that look like numbers stay quoted.
    static func plainNumbers(_ node: Node) -> Node {
        switch node {
        case .scalar(let scalar) where scalar.style == .plain:
            guard scalar.string.contains("e"), let value = Double(scalar.string), value.isFinite else { return node }
            let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
            return Node(text, scalar.tag, .plain)
        case .mapping(let mapping):
            return .mapping(.init(mapping.map { (plainNumbers($0.key), plainNumbers($0.value)) }, mapping.tag, mapping.style))
        case .sequence(let sequence):
            return .sequence(.init(sequence.map(plainNumbers), sequence.tag, sequence.style))
        default:
            return node
        }
    }

    static var header: String {
        let rules = AssessmentRule.Kind.allCases.map { kind in
            let name = kind.rawValue.padding(toLength: 24, withPad: " ", startingAt: 0)
            return "#   \(name)\(kind.chineseName)\(parameters(of: kind))"
        }
        let events = AssessmentEvent.Kind.allCases.map { "#   \($0.rawValue.padding(toLength: 24, withPad: " ", startingAt: 0))\($0.chineseName)" }
        return ([
            "# 年度目标责任考核方案（年底考核）。可直接编辑后导入；导入时逐项检查，错误会注明字段和行号。",
            "# version：每次修改后加1，成绩注明按哪一版计算。objectionWindowDays：成绩公布后可提出异议的天数。",
            "# weight：基础项的满分，基础项合计通常为100；无应考核事项的基础项按满分计。",
            "# cap：加分、减分项本项最多加（减）的分数；加分、减分项不设weight。",
            "# bonusCap / deductionCap：全部加分项（减分项）合计的上限，可省略。",
            "# key：项目的固定标识，改名、改分值时不要改。",
            "# rule.kind 可用：",
        ] + rules + ["# rule.event 可用："] + events).joined(separator: "\n") + "\n"
    }

    private static func parameters(of kind: AssessmentRule.Kind) -> String {
        switch kind {
        case .reportsOnTime, .phasesOnTime, .noticesAnsweredOnTime: ""
        case .targetAttainment: "（mode: " + AssessmentRule.AttainmentMode.allCases.map { "\($0.rawValue) \($0.chineseName)" }.joined(separator: " | ") + "）"
        case .publicityAdopted: "（pointsEach: 每采用1篇的分值）"
        case .bonus: "（event: 表彰类事件, points: 每次分值）"
        case .deduction: "（event: 事件类型, points: 每次扣分，写正数）"
        }
    }
}
