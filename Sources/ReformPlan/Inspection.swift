import Foundation

/// A special inspection (专项督查, 六(五)): a scope (projects, units, a
/// theme), a team, its dates, what it found at each unit, and the
/// rectification items (整改, `TrackedAction`s from the inspection) it set.
public struct Inspection: Hashable, Sendable {
    public var id: Int64?
    public var planID: Int
    public var title: String
    /// What it looks into: "社区养老服务设施建设进度".
    public var theme: String
    public var projects: [Int]
    public var units: [String]
    /// Its members, one a line: "规划发展处 王明（组长）".
    public var team: [String]
    public var startOn: Day
    public var endOn: Day
    public var createdBy: String
    public var version: Int

    public init(id: Int64? = nil, planID: Int, title: String, theme: String, projects: [Int], units: [String], team: [String],
                startOn: Day, endOn: Day, createdBy: String, version: Int = 0) {
        self.id = id
        self.planID = planID
        self.title = title
        self.theme = theme
        self.projects = projects
        self.units = units
        self.team = team
        self.startOn = startOn
        self.endOn = endOn
        self.createdBy = createdBy
        self.version = version
    }

    /// What the team found at one unit.
    public struct Finding: Hashable, Sendable {
        public var id: Int64?
        public var inspectionID: Int64
        public var unit: String
        public var text: String
        public var recordedBy: String
        public var recordedOn: Day

        public init(id: Int64? = nil, inspectionID: Int64, unit: String, text: String, recordedBy: String, recordedOn: Day) {
            self.id = id
            self.inspectionID = inspectionID
            self.unit = unit
            self.text = text
            self.recordedBy = recordedBy
            self.recordedOn = recordedOn
        }
    }

    /// What is wrong with an inspection about to be kept, against the plan it belongs to.
    public func problems(plan: Plan) -> [(field: String, message: String)] {
        var found: [(String, String)] = []
        if title.trimmingCharacters(in: .whitespaces).count < 4 { found.append(("title", "请填写督查名称（至少4个字）")) }
        if theme.trimmingCharacters(in: .whitespaces).count < 2 { found.append(("theme", "请写明督查主题")) }
        let numbers = Set(plan.projects.map(\.number))
        for project in projects where !numbers.contains(project) { found.append(("projects", "方案中没有项目\(project)")) }
        let known = Set(plan.reportingUnits)
        for unit in units where !known.contains(unit) { found.append(("units", "“\(unit)”不是本方案的报送单位")) }
        if projects.isEmpty && units.isEmpty { found.append(("units", "请至少选择一个督查的项目或单位")) }
        if team.isEmpty { found.append(("team", "请列出督查组成员（每行一人）")) }
        if endOn < startOn { found.append(("endOn", "结束日期\(endOn)早于开始日期\(startOn)")) }
        return found
    }

    /// The units inspected: those named, and those answering for the projects named.
    public func unitsInScope(of plan: Plan) -> [String] {
        var seen = Set<String>()
        let fromProjects = plan.projects.filter { projects.contains($0.number) }.flatMap(\.responsibility.answeringUnits)
        return (units + fromProjects).filter { seen.insert($0).inserted }
    }
}
