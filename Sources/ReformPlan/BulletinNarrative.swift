/// The parts of a bulletin the supervisor writes: drafted from the facts so
/// that there is always something to start from, then edited before issue.
/// Names and figures (who was late, which phases were missed) stay in the
/// facts and are printed from them: the supervisor words the bulletin but
/// cannot quietly drop a late unit from it.
public struct BulletinNarrative: Codable, Hashable, Sendable {
    /// 开头: why the bulletin is issued.
    public var opening: String
    /// 总体进展: the sentence over the figures.
    public var overall: String
    /// 好的做法.
    public var goodPractice: String
    /// 存在的问题.
    public var problems: String
    /// 下一步工作要求.
    public var requirements: String
    /// The issued bulletin this one corrects (更正), by number and title.
    public var corrects: Corrected?

    public struct Corrected: Codable, Hashable, Sendable {
        public var number: String
        public var title: String

        public init(number: String, title: String) {
            self.number = number
            self.title = title
        }
    }

    public init(opening: String, overall: String, goodPractice: String, problems: String, requirements: String) {
        self.opening = opening
        self.overall = overall
        self.goodPractice = goodPractice
        self.problems = problems
        self.requirements = requirements
    }

    /// The field names and their Chinese labels, in the order of the form.
    public static let fields: [(key: String, label: String)] = [
        ("opening", "开头"), ("overall", "总体进展"), ("goodPractice", "好的做法"),
        ("problems", "存在的问题"), ("requirements", "下一步工作要求"),
    ]

    public subscript(field: String) -> String? {
        get {
            switch field {
            case "opening": opening
            case "overall": overall
            case "goodPractice": goodPractice
            case "problems": problems
            case "requirements": requirements
            default: nil
            }
        }
        set {
            let text = newValue ?? ""
            switch field {
            case "opening": opening = text
            case "overall": overall = text
            case "goodPractice": goodPractice = text
            case "problems": problems = text
            case "requirements": requirements = text
            default: break
            }
        }
    }

    /// A first draft: the plan's name, the counts in a sentence, the
    /// candidates for good practice and the problems units reported.
    public static func drafted(from facts: BulletinFacts, planTitle: String) -> BulletinNarrative {
        let c = facts.statusCounts
        let overall = "截至\(facts.asOf.chineseName)，方案所列\(c.total)个改革项目中，"
            + "已完成\(c.done)个，正常推进\(c.onTrack)个，进度滞后\(c.lagging)个，已逾期\(c.overdue)个"
            + (c.notStarted > 0 ? "，尚未启动\(c.notStarted)个。" : "。")
            + (c.lagging + c.overdue > 0 ? "进度滞后和逾期的项目，责任单位要查找原因、倒排工期，确保按期完成。" : "各项目总体按计划推进。")
        let practice = facts.goodPractice.isEmpty
            ? "本月暂无可推广的做法。"
            : facts.goodPractice.map { "\($0.unit)在“\($0.projectTitle)”中：\($0.text)" }.joined(separator: "\n")
        let problems = facts.problems.isEmpty
            ? "各单位本月报送中未反映突出问题。"
            : facts.problems.prefix(5).map { "\($0.unit)反映（\($0.projectTitle)）：\($0.text)" }.joined(separator: "\n")
        return BulletinNarrative(
            opening: "根据《\(planTitle)》“每月通报”的要求，现将\(facts.month.chineseName)改革工作进展情况通报如下。",
            overall: overall, goodPractice: practice, problems: problems,
            requirements: "各责任单位要对照实施步骤和目标任务，逐项抓好落实；进度滞后、逾期和未按时报送的单位，"
                + "要在下月报送中说明原因和整改措施。请各单位于下月\(facts.reporting.dueDay.day)日前报送本月进展情况。")
    }
}
