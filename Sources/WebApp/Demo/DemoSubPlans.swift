import Foundation
import PlanStore
import ReformPlan

/// The demo's sub-plans: 江岸区民政局 carries down the city projects that speak
/// to it with the targets handed to it, adds two items of its own and reports
/// progress every month; 政策法规处, with no project of the city plan, lists
/// only items of its own (六(二)). Deterministic; every text says it is demo.
struct DemoSubPlans {
    static let districtUnit = "江岸区民政局", districtLogin = "jiangan"

    let plan: Plan
    let planID: Int
    let revision: Int
    let asOf: Day
    let store: PlanStore

    func generate() async throws {
        let jiangan = WuhanDivisions.all.first { $0.code == "420102" }
        let ids = try await store.itemIDs(planID: planID)
        var targets: [Int: Double] = [:]
        for (position, id) in ids.indicators.enumerated() {
            if let part = try await store.indicatorTargets(indicatorID: id)["420102"] { targets[position] = part }
        }
        let carried = SubPlanning.suggestedProjects(plan: plan, districtName: jiangan?.name, targets: targets)
            .compactMap(plan.project).map { SubPlanning.inheritedItem($0, plan: plan, targets: targets) }
        let own = [SubPlanItem(key: "own1", title: "【演示】社区议事厅全覆盖", deadline: "11月前", target: "全区社区议事厅覆盖率100%",
                               responsible: "区基层政权科"),
                   SubPlanItem(key: "own2", title: "【演示】养老顾问进社区", deadline: "10-12月", responsible: "区养老科")]
        let at = Shanghai.instant(Day(year: asOf.year, month: 4, day: 10), hour: 10)
        let district = try await store.saveSubPlan(
            SubPlan(planID: planID, unit: Self.districtUnit, division: jiangan?.code, title: "【演示】\(asOf.year)年江岸区民政改革工作实施方案",
                    acceptedRevision: revision, items: carried + own), expectedVersion: 0, by: Self.districtLogin, at: at)
        let office = SubPlan(planID: planID, unit: "政策法规处", title: "【演示】\(asOf.year)年政策法规处年度重点改革项目",
                             acceptedRevision: revision,
                             items: [SubPlanItem(key: "own1", title: "【演示】行政规范性文件合法性审查全覆盖", deadline: "12月前",
                                                 responsible: "政策法规处")])
        _ = try await store.saveSubPlan(office, expectedVersion: 0, by: "guihua", at: at)
        guard let id = district.id, asOf.month > 4 else { return }
        for month in 5...asOf.month {
            let entries = district.items.map { item in
                let pace = Double(DemoRandomSource.int("\(item.key)|江岸", 70...110)) / 100
                let completion = min(100, Int(Double(month - 3) / 9 * 100 * pace))
                return SubPlanProgress(itemKey: item.key, month: ReportMonth(year: asOf.year, month: month), completion: completion,
                                       text: "【演示】\(month)月按计划推进，完成\(completion)%")
            }
            try await store.saveSubPlanProgress(entries, subPlanID: id, by: Self.districtLogin,
                                                at: Shanghai.instant(ReportMonth(year: asOf.year, month: month).dueDate(dayOfMonth: 22), hour: 16))
        }
    }
}
