@testable import ReformPlan

/// Small builders for the status-rule tests: days, phases and reports in the
/// reference plan's words.
enum StatusFixtures {
    static func day(_ text: String) -> Day {
        guard let day = Day(iso: text) else { fatalError("not a day: \(text)") }
        return day
    }

    static func month(_ text: String) -> ReportMonth {
        guard let month = ReportMonth(iso: text) else { fatalError("not a month: \(text)") }
        return month
    }

    /// Project 1's four phases (五(一) 养老服务改革) as the plan gives them.
    static let eldercarePhases = [
        Phase(project: 1, stream: 1, order: 1, title: "签约部署", startMonth: 1, endMonth: 3, timing: "1-3月"),
        Phase(project: 1, stream: 1, order: 2, title: "组织推进", startMonth: 4, endMonth: 6, timing: "4-6月"),
        Phase(project: 1, stream: 1, order: 3, title: "加强指导", startMonth: 7, endMonth: 9, timing: "7-9月"),
        Phase(project: 1, stream: 1, order: 4, title: "检查验收", startMonth: 10, endMonth: 12, timing: "10-12月"),
    ]

    static let eldercare = Project(number: 1, title: "深化全国养老服务业综合改革试点,集成创新“智慧居家养老”新模式",
                                   category: .lead,
                                   responsibility: Responsibility(responsibleUnits: ["养老服务处"]))

    /// Project 2's last phase: timed only by other work.
    static let issueTheRules = Phase(project: 2, stream: 2, order: 4, title: "出台文件",
                                     condition: "与全市“民呼我应”改革工作同步推进")

    /// Project 3's third phase: "11月前", an end and no start.
    static let incubators = Phase(project: 3, stream: 3, order: 3, title: "建设区级孵化基地", endMonth: 11, timing: "11月前")

    /// Project 4, answered for by two units.
    static let relief = Project(number: 4, title: "探索完善支出型贫困家庭及贫困边缘人口的救助制度", category: .lead,
                                responsibility: Responsibility(responsibleUnits: ["社会救助处", "市低保中心"]))

    /// Project 13, one of the twelve without phases.
    static let marriage = Project(number: 13, title: "深化婚姻登记改革试点", category: .own,
                                  responsibility: Responsibility(responsibleUnits: ["社会事务处"]))

    /// A report with one section; `phases` are (stream, order, percent).
    static func report(_ unit: String, _ month: String, _ state: ProgressReport.State = .submitted,
                       project: Int = 1, completion: Int = 0, phases: [(Int, Int, Int)] = [],
                       indicators: [(String, Double)] = []) -> ProgressReport {
        ProgressReport(unit: unit, month: Self.month(month), state: state, sections: [
            ProjectProgress(project: project, completion: completion,
                            phases: phases.map { PhaseCompletion(stream: $0.0, order: $0.1, percent: $0.2) },
                            indicatorValues: indicators.map { IndicatorValue(indicator: $0.0, value: $0.1) }),
        ])
    }
}
