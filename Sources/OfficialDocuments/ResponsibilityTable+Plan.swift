import Foundation
import ReformPlan

extension ResponsibilityTable {
    /// Builds the table from a plan: one row per project in the notice's order,
    /// consecutive projects of one category (or group heading) under one heading.
    /// A pure function of the plan, so the same plan always gives the same table.
    public init(plan: Plan) {
        var groups: [Group] = []
        for project in plan.projects {
            let name = project.category?.chineseName ?? project.group ?? ""
            let row = Self.row(for: project, phases: plan.phases(of: project.number))
            if let last = groups.indices.last, groups[last].name == name {
                groups[last].rows.append(row)
            } else {
                groups.append(Group(name: name, heading: nil, rows: [row]))
            }
        }
        // Categories are numbered and counted once all groups are known, as the
        // notice heads them ("（一）牵头改革项目（4项）"); a group heading taken
        // from the text already carries its own number, so it stays as written.
        let categories = Set(ProjectCategory.allCases.map(\.chineseName))
        for index in groups.indices where !groups[index].name.isEmpty {
            let group = groups[index]
            groups[index].heading = categories.contains(group.name)
                ? "\(ChineseNumber.text(index + 1))、\(group.name)（\(group.rows.count)项）"
                : group.name
        }
        let (title, isAttachment) = Self.title(of: plan.notice)
        self.init(label: isAttachment ? "附件" : nil, title: title,
                  subtitle: Self.subtitle(of: plan.notice), groups: groups)
    }

    static func row(for project: Project, phases: [Phase]) -> Row {
        let who = project.responsibility
        let ordered = phases.sorted { ($0.stream, $0.order) < ($1.stream, $1.order) }
        var row = Row(cells: Array(repeating: "", count: Column.allCases.count))
        row[.number] = String(project.number)
        row[.category] = project.category?.chineseName ?? project.group ?? ""
        row[.title] = project.title
        row[.leadAgency] = who.leadAgency ?? ""
        row[.firstResponsible] = who.firstResponsible ?? ""
        row[.leaderInCharge] = who.leaderInCharge ?? ""
        row[.responsibleUnits] = unitsText(who)
        row[.contactPhone] = who.contactPhone ?? ""
        row[.deadline] = deadlineText(project.deadline, phases: ordered)
        row[.steps] = ordered.map(stepText).joined(separator: "\n")
        return row
    }

    /// "社会救助处、市低保中心；配合：市财政局": supporting units come after the
    /// responsible ones and are marked, so nobody mistakes them for the owner.
    static func unitsText(_ who: Responsibility) -> String {
        var parts: [String] = []
        if !who.responsibleUnits.isEmpty { parts.append(who.responsibleUnits.joined(separator: "、")) }
        if !who.supportingUnits.isEmpty { parts.append("配合：" + who.supportingUnits.joined(separator: "、")) }
        return parts.joined(separator: "；")
    }

    /// The deadline as written; failing that, the end of the project's last
    /// step, since the steps are the only timing the notice gives; failing
    /// that, a dash, because an empty cell reads as forgotten.
    static func deadlineText(_ deadline: Deadline?, phases: [Phase]) -> String {
        if let text = deadline?.text.trimmed, !text.isEmpty { return text }
        guard let last = phases.last else { return "—" }
        if let month = last.endMonth { return "按实施步骤，\(month)月前" }
        if let condition = last.condition?.trimmed, !condition.isEmpty { return "按实施步骤，\(condition)" }
        return "按实施步骤"
    }

    /// "1.签约部署（1-3月）"; a step tied to other work shows that condition
    /// instead of months, because the notice gives it none.
    static func stepText(_ phase: Phase) -> String {
        var timing: String? = switch (phase.startMonth, phase.endMonth) {
        case let (start?, end?) where start == end: "\(end)月"
        case let (start?, end?): "\(start)-\(end)月"
        case let (nil, end?): "\(end)月前"
        case let (start?, nil): "\(start)月起"
        case (nil, nil): nil
        }
        if let condition = phase.condition?.trimmed, !condition.isEmpty {
            timing = timing.map { "\($0)，\(condition)" } ?? condition
        }
        timing = timing ?? phase.timing
        return "\(phase.order).\(phase.title)" + (timing.map { "（\($0)）" } ?? "")
    }

    /// The notice's own name for its attachment when it has one ("2019年市民政局
    /// 改革要点责任分解表.docx" without the extension); otherwise the plan's title.
    static func title(of notice: Notice) -> (title: String, isAttachment: Bool) {
        let extensions = [".docx", ".doc", ".xlsx", ".xls", ".wps", ".pdf"]
        for attachment in notice.attachments {
            var name = attachment.trimmed
            if let ext = extensions.first(where: { name.lowercased().hasSuffix($0) }) {
                name.removeLast(ext.count)
            }
            if name.hasSuffix("责任分解表") { return (name, true) }
        }
        return (notice.title + "责任分解表", false)
    }

    /// "武汉市民政局　2019年5月16日": the date in Arabic digits without leading
    /// zeros, as GB/T 9704 §7.3.5.4 writes dates.
    static func subtitle(of notice: Notice) -> String? {
        let date = notice.issuedDate.map { "\($0.year)年\($0.month)月\($0.day)日" }
        let parts = [notice.issuer, date].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: "\u{3000}")
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
