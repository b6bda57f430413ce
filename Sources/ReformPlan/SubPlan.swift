/// A district bureau's or an office's own plan under the city's (六(一),
/// 六(二)): the city projects it takes on, each with the share of the
/// targets handed down to it, and items of its own. Inherited items keep the
/// city plan as it stood when the unit last accepted it, so a later change of
/// the city plan is shown to the unit as a change to accept, never applied
/// behind its back.
public struct SubPlan: Hashable, Sendable {
    public var id: Int64?
    public var planID: Int
    /// The unit that makes it: 江岸区民政局, 政策法规处.
    public var unit: String
    /// The district it covers, for a district bureau.
    public var division: String?
    public var title: String
    /// The city plan's revision the inherited items were taken from or last accepted at.
    public var acceptedRevision: Int
    public var items: [SubPlanItem]
    /// Bumped by every save; a save names the version it started from.
    public var version: Int

    public init(id: Int64? = nil, planID: Int, unit: String, division: String? = nil, title: String,
                acceptedRevision: Int, items: [SubPlanItem] = [], version: Int = 0) {
        self.id = id
        self.planID = planID
        self.unit = unit
        self.division = division
        self.title = title
        self.acceptedRevision = acceptedRevision
        self.items = items
        self.version = version
    }

    public var inheritedProjects: [Int] { items.compactMap(\.project) }
}

public struct SubPlanItem: Hashable, Sendable {
    /// "p3" for the city's project 3, "own1", "own2" … for the unit's own.
    public var key: String
    /// The city project it carries down; nil for the unit's own item.
    public var project: Int?
    public var title: String
    /// When it is due, as the plan says it ("11月前", "4-6月").
    public var deadline: String
    /// The targets handed down to the unit for this item, as text ("新建社区老年人服务中心(站)8个").
    public var target: String
    /// Who in the unit answers for it (a section, a person).
    public var responsible: String

    public init(key: String, project: Int? = nil, title: String, deadline: String = "", target: String = "",
                responsible: String = "") {
        self.key = key
        self.project = project
        self.title = title
        self.deadline = deadline
        self.target = target
        self.responsible = responsible
    }

    public var isOwn: Bool { project == nil }
}

/// One month's progress on one item of a sub-plan.
public struct SubPlanProgress: Hashable, Sendable {
    public var itemKey: String
    public var month: ReportMonth
    /// 0–100.
    public var completion: Int
    public var text: String

    public init(itemKey: String, month: ReportMonth, completion: Int, text: String) {
        self.itemKey = itemKey
        self.month = month
        self.completion = completion
        self.text = text
    }
}

/// A difference between an inherited item as the unit accepted it and the
/// city plan now, in words for the unit to read before accepting.
public struct SubPlanChange: Hashable, Sendable {
    public var itemKey: String
    public var project: Int
    public var field: String
    public var before: String
    public var after: String

    public init(itemKey: String, project: Int, field: String, before: String, after: String) {
        self.itemKey = itemKey
        self.project = project
        self.field = field
        self.before = before
        self.after = after
    }
}

public enum SubPlanning {
    /// What the city plan says now about `project` for a unit covering
    /// `division`: its title, its timing and the targets handed down.
    /// `targets` maps indicator position (0-based) to the part handed down to the division.
    public static func inheritedItem(_ project: Project, plan: Plan, targets: [Int: Double]) -> SubPlanItem {
        let phases = plan.phases(of: project.number)
        let deadline = project.deadline?.text ?? phases.last.flatMap { $0.timing } ?? ""
        let target = plan.indicators.enumerated().filter { $0.element.project == project.number }
            .compactMap { index, indicator in
                targets[index].map { "\(indicator.name)\(ChineseNumber.plain($0))\(indicator.measure)" }
            }
            .joined(separator: "；")
        return SubPlanItem(key: "p\(project.number)", project: project.number, title: project.title, deadline: deadline,
                           target: target)
    }

    /// The city projects a unit is asked to carry down: those whose text or
    /// steps speak to every district (各区) or name the district, and those with
    /// a target handed down to it. A unit without such projects (an office
    /// with no assigned project, 六(二)) starts with items of its own only.
    public static func suggestedProjects(plan: Plan, districtName: String?, targets: [Int: Double]) -> [Int] {
        let short = districtName.map { String($0.dropLast()) }
        return plan.projects.filter { project in
            let words = ([project.title, project.description ?? ""] + plan.phases(of: project.number).flatMap(\.deliverables))
                .joined(separator: "\n")
            let named = short.map { words.contains($0 + "区") || words.contains($0 + "、") } ?? false
            let handedDown = plan.indicators.enumerated().contains { $0.element.project == project.number && targets[$0.offset] != nil }
            return districtName != nil && (words.contains("各区") || named || handedDown)
        }.map(\.number)
    }

    /// How the city plan now differs from what the sub-plan accepted, item by item.
    public static func pendingChanges(_ subPlan: SubPlan, plan: Plan, targets: [Int: Double]) -> [SubPlanChange] {
        var changes: [SubPlanChange] = []
        for item in subPlan.items {
            guard let number = item.project else { continue }
            guard let project = plan.project(number) else {
                changes.append(SubPlanChange(itemKey: item.key, project: number, field: "项目", before: item.title,
                                             after: "（市方案已删除该项目）"))
                continue
            }
            let now = inheritedItem(project, plan: plan, targets: targets)
            for (field, before, after) in [("名称", item.title, now.title), ("时限", item.deadline, now.deadline),
                                           ("分解目标", item.target, now.target)] where before != after {
                changes.append(SubPlanChange(itemKey: item.key, project: number, field: field, before: before, after: after))
            }
        }
        return changes
    }

    /// The sub-plan with every pending change taken in: inherited items as the
    /// city plan says now, those of removed projects dropped, own items kept.
    public static func accepting(_ subPlan: SubPlan, plan: Plan, targets: [Int: Double], revision: Int) -> SubPlan {
        var accepted = subPlan
        accepted.items = subPlan.items.compactMap { item in
            guard let number = item.project else { return item }
            guard let project = plan.project(number) else { return nil }
            var now = inheritedItem(project, plan: plan, targets: targets)
            now.responsible = item.responsible
            return now
        }
        accepted.acceptedRevision = revision
        return accepted
    }

    /// The next key for an item of the unit's own, after every key in `used`
    /// (its items' and those its progress still names).
    public static func nextOwnKey(_ used: [String]) -> String {
        let numbers = used.compactMap { $0.hasPrefix("own") ? Int($0.dropFirst(3)) : nil }
        return "own\((numbers.max() ?? 0) + 1)"
    }
}
