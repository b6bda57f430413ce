import Foundation
import PlanStore
import ReformPlan

/// Publicity pieces of the demo year: a few per unit from June on, most
/// decided by the policy office (adopted at various levels, one returned,
/// one filed), the newest still waiting — so the assessment's publicity item
/// and the office's queue both have something to show.
struct DemoPublicity {
    let planID: Int
    let plan: Plan
    let asOf: Day
    let store: PlanStore

    /// The policy office's demo login.
    static let officeLogin = "zhengce"

    static let pieces: [(unit: String, month: Int, title: String, decision: PublicitySubmission.State?,
                         outlet: PublicitySubmission.Outlet?)] = [
        ("养老服务处", 6, "【演示】“智慧居家养老”服务网点覆盖全市中心城区", .adopted, .cityReformOffice),
        ("养老服务处", 8, "【演示】城企联动普惠养老专项行动签约落地", .adopted, .provincial),
        ("社会救助处", 7, "【演示】支出型贫困家庭救助办法形成初稿", .adopted, .city),
        ("社会组织管理和党建工作处", 8, "【演示】公益创投大赛树立20个示范项目", .adopted, .national),
        ("基层政权建设和社区治理处", 7, "【演示】社区工作者管理办法征求意见", .returned, nil),
        ("区划地名处", 8, "【演示】地名标识标牌清理整治工作简报", .filed, nil),
        ("市低保中心", 9, "【演示】“救急难”综合试点进展", nil, nil),
    ]

    func generate() async throws {
        for (i, piece) in Self.pieces.enumerated() {
            let sent = Day(year: asOf.year, month: piece.month, day: 10 + i)
            guard sent <= asOf else { continue }
            let login = DemoAccounts.unitLogins[piece.unit] ?? "demo"
            let saved = try await store.submitPublicity(PublicitySubmission(
                planID: planID, unit: piece.unit, title: piece.title,
                text: "【演示】\(piece.title)。本单位按照实施方案要求推进相关工作，取得阶段性成效，现将有关情况报送如下，供宣传采用。",
                submittedBy: login, submittedAt: Shanghai.instant(sent, hour: 10)))
            guard let state = piece.decision else { continue }
            let decided = min(asOf, sent.adding(days: 5))
            try await store.decidePublicity(
                id: saved.id ?? 0, expectedVersion: saved.version, state: state, outlet: piece.outlet,
                outletName: piece.outlet.map { _ in "【演示】《武汉改革》2019年第\(piece.month)期" },
                note: state == .adopted ? nil : "【演示】请补充具体数据和典型案例后重新报送。",
                by: Self.officeLogin, at: Shanghai.instant(decided, hour: 15))
        }
    }
}
