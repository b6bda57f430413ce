import Foundation
import PlanStore
import ReformPlan

/// A deterministic simulated year of supervision up to the demo day: every
/// answering unit's monthly reports (most accepted, some late, one returned
/// and corrected), the current month half-way through review, one unit
/// silent, a few supervision notices and a leader's comment. The same
/// as-of day always gives the same data; all of it says it is demo data.
struct DemoYear {
    let plan: Plan
    let planID: Int
    let asOf: Day
    let store: PlanStore
    let thresholds: StatusThresholds

    /// How far ahead of the calendar each unit works: 1.0 keeps pace; below
    /// the lag margin shows as lagging. Units not listed keep pace.
    static let pace: [String: Double] = [
        "养老服务处": 1.02, "社会救助处": 0.97, "市低保中心": 0.95, "社会组织管理和党建工作处": 1.0,
        "基层政权建设和社区治理处": 0.62, "区划地名处": 0.7, "社会事务处": 0.9,
    ]
    /// In the as-of month: who has not reported, who only has a draft, whose report was returned.
    static let silentUnit = "区划地名处", draftUnit = "社会事务处", returnedUnit = "基层政权建设和社区治理处"
    /// In the as-of month, sends two days after the due day (when the demo day allows): the bulletin names it.
    static let lateUnit = "市低保中心"

    func generate() async throws {
        guard let year = plan.year, asOf.year == year else { return }
        let units = unitsAnswering()
        for month in 1...asOf.month {
            let reportMonth = ReportMonth(year: year, month: month)
            let due = reportMonth.dueDate(dayOfMonth: thresholds.reportDueDay)
            let current = month == asOf.month
            for unit in units {
                if current && (unit == Self.silentUnit || asOf < due.adding(days: -6)) { continue }
                var random = DemoRandom(seed: "\(unit)|\(reportMonth)")
                var report = ProgressReport(unit: unit, month: reportMonth, sections: sections(unit: unit, month: month, random: &random))
                let lateDay = due.adding(days: 2)
                let submittedDay = !current ? due.adding(days: random.int(-6...2))
                    : unit == Self.lateUnit && asOf >= lateDay ? lateDay : min(asOf, due.adding(days: -random.int(0...3)))
                let at = Shanghai.instant(submittedDay, hour: 9 + random.int(0...8))
                let submitter = DemoAccounts.unitLogins[unit] ?? "demo"
                report = try await store.saveReport(report, planID: planID, expectedVersion: 0, by: submitter, at: at)
                if current && unit == Self.draftUnit { continue }
                report.state = .submitted
                report.submittedAt = at
                report.submittedBy = submitter
                report.late = MonthlyReporting.isLate(submittedOn: submittedDay, month: reportMonth, thresholds: thresholds)
                report = try await store.saveReport(report, planID: planID, expectedVersion: report.version, by: submitter, at: at)
                let reviewDay = min(asOf, submittedDay.adding(days: 2))
                if current && unit == Self.returnedUnit {
                    report.state = .returned
                    report.reviewComment = "【演示】请补充第3阶段风险评估的具体进度和逾期原因。"
                    try await review(&report, on: reviewDay)
                } else if !current {
                    if random.int(0...9) == 0 {
                        report.state = .returned
                        report.reviewComment = "【演示】请补充量化数据。"
                        try await review(&report, on: reviewDay)
                        report.state = .submitted
                        report = try await store.saveReport(report, planID: planID, expectedVersion: report.version,
                                                            by: submitter, at: Shanghai.instant(reviewDay, hour: 16))
                    }
                    report.state = .accepted
                    report.reviewComment = nil
                    try await review(&report, on: reviewDay.adding(days: 1))
                }
            }
        }
        try await notices()
        try await DemoBudgets(planID: planID, asOf: asOf, store: store).generate(year: year, projects: Set(plan.projects.map(\.number)))
        _ = try await store.addComment(planID: planID, project: 2, text: "【演示】社区工作者保障机制进度滞后，请基层政权处加快风险评估，9月底前报送进展。",
                                       by: "leader", at: Shanghai.instant(min(asOf, Day(year: year, month: 9, day: 12)), hour: 10))
    }

    private func review(_ report: inout ProgressReport, on day: Day) async throws {
        report.reviewedBy = "guihua"
        report.reviewedAt = Shanghai.instant(day, hour: 15)
        report = try await store.saveReport(report, planID: planID, expectedVersion: report.version, by: "guihua", at: Shanghai.instant(day, hour: 15))
    }

    private func unitsAnswering() -> [String] {
        var seen = Set<String>(), units: [String] = []
        for project in plan.projects {
            for unit in project.responsibility.answeringUnits where seen.insert(unit).inserted { units.append(unit) }
        }
        return units
    }

    /// Each project's section: completion follows the calendar times the unit's pace.
    private func sections(unit: String, month: Int, random: inout DemoRandom) -> [ProjectProgress] {
        let pace = Self.pace[unit] ?? 1.0
        return plan.projects.filter { $0.responsibility.answeringUnits.contains(unit) }.map { project in
            let elapsed = Double(month) / 12.0
            let completion = min(100, max(0, Int((elapsed * pace * 100).rounded()) + random.int(-3...3)))
            var section = ProjectProgress(project: project.number, completion: completion)
            let short = String(project.title.prefix(16))
            let activity = Self.activities[random.int(0...(Self.activities.count - 1))]
            section.progress = "【演示数据】围绕“\(short)”，\(month)月\(activity)。"
            section.problems = pace < 0.8 ? "【演示】进度落后于计划，\(Self.obstacles[random.int(0...(Self.obstacles.count - 1))])。" : ""
            section.nextSteps = "【演示】\(Self.nextSteps[random.int(0...(Self.nextSteps.count - 1))])。"
            for phase in plan.phases where phase.project == project.number {
                let start = phase.startMonth ?? 1, end = phase.endMonth ?? 12
                let share = month >= end ? 1.0 : month < start ? 0.0 : Double(month - start + 1) / Double(end - start + 1)
                var percent = Int((share * min(1.0, pace + 0.05) * 100).rounded())
                if phase.endMonth == nil { percent = min(percent, 40) }
                section.phases.append(PhaseCompletion(stream: phase.stream, order: phase.order, percent: min(100, percent)))
            }
            for indicator in plan.indicators where indicator.project == project.number {
                let value = (indicator.target * Double(completion) / 100).rounded()
                section.indicatorValues.append(IndicatorValue(indicator: indicator.name, value: value))
            }
            return section
        }
    }

    private func notices() async throws {
        let year = plan.year ?? asOf.year
        func issue(unit: String, project: Int, phase: PhaseKey?, reason: String, on day: Day, due: Day) async throws -> SupervisionNotice? {
            guard day <= asOf, plan.projects.contains(where: { $0.number == project && $0.responsibility.answeringUnits.contains(unit) }) else { return nil }
            let notice = SupervisionNotice(year: year, serial: 0, unit: unit, project: project, phase: phase, reason: reason,
                                           replyDue: due, issuedBy: "guihua", issuedOn: day)
            return try await store.issueNotice(notice, planID: planID, by: "guihua", at: Shanghai.instant(day, hour: 10))
        }
        /// The unit signs and replies, if the reply day has come by the demo day.
        func reply(_ notice: inout SupervisionNotice, by login: String, signed: Day, replied: Day, text: String) async throws -> Bool {
            guard replied <= asOf else { return false }
            notice.state = .replied
            notice.signedBy = login
            notice.signedAt = Shanghai.instant(signed, hour: 9)
            notice.reply = text
            notice.repliedBy = login
            notice.repliedAt = Shanghai.instant(replied, hour: 17)
            try await store.updateNotice(notice, by: login, at: Shanghai.instant(replied, hour: 17))
            return true
        }
        if var closed = try await issue(unit: "社会救助处", project: 4, phase: PhaseKey(stream: 4, order: 2),
                                        reason: "【演示】支出型贫困救助制度初稿未按4月计划形成，请说明原因及完成时限。",
                                        on: Day(year: year, month: 5, day: 8), due: Day(year: year, month: 5, day: 15)),
           try await reply(&closed, by: "jiuzhu", signed: Day(year: year, month: 5, day: 9), replied: Day(year: year, month: 5, day: 14),
                           text: "【演示】初稿已于5月14日形成，正在征求意见。"),
           Day(year: year, month: 5, day: 16) <= asOf {
            closed.state = .closed
            closed.closingNote = "【演示】已核实。"
            try await store.updateNotice(closed, by: "guihua", at: Shanghai.instant(Day(year: year, month: 5, day: 16), hour: 10))
        }
        if var replied = try await issue(unit: "基层政权建设和社区治理处", project: 2, phase: PhaseKey(stream: 2, order: 3),
                                         reason: "【演示】社区工作者保障机制风险评估应于6月完成，至今未完成，请报送整改措施。",
                                         on: Day(year: year, month: 8, day: 20), due: Day(year: year, month: 8, day: 27)) {
            _ = try await reply(&replied, by: "jiceng", signed: Day(year: year, month: 8, day: 21), replied: Day(year: year, month: 8, day: 26),
                                text: "【演示】已委托第三方开展风险评估，预计10月中旬完成。")
        }
        _ = try await issue(unit: "区划地名处", project: 14, phase: nil,
                            reason: "【演示】地名标识标牌清理整治进度滞后，且未按期报送月度进展，请于期限内书面说明。",
                            on: Day(year: year, month: 9, day: 16), due: Day(year: year, month: 9, day: 23))
    }

    static let activities = ["召开专题推进会，细化任务清单", "赴各区开展调研督导", "完成阶段性工作总结并上报", "协调相关部门会商解决难点",
                             "组织业务培训，统一工作标准", "开展试点评估，形成经验材料"]
    static let obstacles = ["部门协调难度较大", "经费尚未完全落实", "第三方评估机构确定较晚", "基层人手不足"]
    static let nextSteps = ["按月度计划推进，确保按期完成", "加强与牵头部门对接", "开展阶段检查", "梳理问题清单，逐项整改"]
}

/// SplitMix64 seeded by the FNV-1a hash of a text: the same text gives the
/// same numbers on every machine and run (Swift's own hashing is seeded per process).
struct DemoRandom {
    private var state: UInt64

    init(seed: String) {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in seed.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        state = hash
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }
}
