import Foundation
import PlanStore
import ReformPlan

/// Simulated budgets for a few of the demo plan's projects, kept by the demo
/// finance officer (caiwu): lines from several funding sources and monthly
/// spending up to the demo day, one line overspent so the flag can be seen.
/// Deterministic like the rest of the demo year; every text says 【演示】.
struct DemoBudgets {
    let planID: Int
    let asOf: Day
    let store: PlanStore

    static let finance = "caiwu"

    /// Per project: (source, budget in 万元, note, share spent by year end in percent;
    /// 区级财政 of project 2 runs over its budget by the summer).
    static let lines: [Int: [(FundingSource, String, String, Int)]] = [
        1: [(.cityFinance, "120", "【演示】养老服务设施社会化运营补贴", 80), (.rewardSubsidy, "30", "【演示】运营评估以奖代补", 40)],
        2: [(.cityFinance, "45", "【演示】社区工作者培训与测评", 70), (.districtFinance, "20", "【演示】各区配套经费", 180)],
        3: [(.specialFund, "200", "【演示】社会救助信息平台建设专项", 60)],
        4: [(.cityFinance, "18.5", "【演示】社会组织孵化基地运营", 95), (.other, "2.35", "【演示】社会捐赠", 50)],
    ]

    func generate(year: Int, projects: Set<Int>) async throws {
        for (project, planned) in Self.lines.sorted(by: { $0.key < $1.key }) where projects.contains(project) {
            for (source, tenThousands, note, share) in planned {
                guard case .success(let amount) = Money.parse(tenThousands, unit: .tenThousandYuan) else { continue }
                let at = Shanghai.instant(Day(year: year, month: 1, day: 15), hour: 10)
                let line = try await store.saveBudgetLine(BudgetLine(project: project, source: source, amount: amount, note: note),
                                                          planID: planID, expectedVersion: 0, by: Self.finance, at: at)
                try await spend(line, share: share, year: year)
            }
        }
    }

    /// Spending month by month from February, evenly towards `share` percent
    /// of the line by December, with some noise; none after the demo day.
    private func spend(_ line: BudgetLine, share: Int, year: Int) async throws {
        var random = DemoRandom(seed: "budget|\(line.project)|\(line.source.rawValue)")
        let monthly = line.amount.fen * Int64(share) / 100 / 11
        for month in 2...12 {
            let day = Day(year: year, month: month, day: random.int(5...25))
            guard day <= asOf, let id = line.id else { break }
            // Whole yuan with some fen, ±20 % around the month's share.
            let fen = max(100, monthly * Int64(random.int(80...120)) / 100 / 100 * 100 + Int64(random.int(0...99)))
            let spending = Spending(line: id, date: day, amount: Money(fen: fen),
                                    description: "【演示】\(line.source.chineseName)\(month)月支出：\(Self.purposes[random.int(0...Self.purposes.count - 1)])")
            _ = try await store.saveSpending(spending, planID: planID, expectedVersion: 0, by: Self.finance,
                                             at: Shanghai.instant(day, hour: 14))
        }
    }

    static let purposes = ["培训会务费", "第三方评估服务费", "设备购置", "宣传资料印制", "专家咨询费", "运营补贴拨付"]
}
