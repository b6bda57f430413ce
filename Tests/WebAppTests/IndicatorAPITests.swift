import Foundation
import HummingbirdTesting
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

/// GET /api/v1/indicators/{number}/rollup: the indicator page's figures as JSON.
@Suite struct IndicatorAPITests {
    @Test(arguments: DatabaseKind.underTest)
    func theRollupGivesTheShareByDistrictWithItsNumeratorAndDenominator(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, client in
            let ids = try await app.store.itemIDs(planID: app.planID)
            let rule = RollupRule(method: .share, level: .village, kinds: [.urbanCommunity], threshold: 10)
            try await app.store.saveIndicatorValues(
                ["420102002001": 12.0, "420102002002": 9, "420102003001": 10].map {
                    DivisionValue(key: DivisionCode.key($0.key)!, kind: .urbanCommunity, value: $0.value)
                }, indicatorID: ids.indicators[TestApp.communityIndicator - 1], planID: app.planID,
                month: ReportMonth(year: 2019, month: 9), source: "test", rule: rule, by: "test", at: Date())
            let viewer = try await APIClient.signedIn("viewer", app, client)

            let city = try await viewer.get("/api/v1/indicators/\(TestApp.communityIndicator)/rollup")
            let street = try await viewer.get("/api/v1/indicators/\(TestApp.communityIndicator)/rollup?division=420102002&month=2019-09")
            let unknown = try await viewer.get("/api/v1/indicators/\(TestApp.communityIndicator)/rollup?division=429999")
            let badMonth = try await viewer.get("/api/v1/indicators/\(TestApp.communityIndicator)/rollup?month=2019-13")
            let noSuch = try await viewer.get("/api/v1/indicators/99/rollup")

            #expect(city.status == .ok && city["method"] as? String == "share" && city["month"] as? String == "2019-09")
            #expect(city["answeringUnits"] as? [String] == ["社会组织管理和党建工作处"])
            let total = try #require(city["division"] as? [String: Any])
            #expect(total["code"] as? String == "420100" && total["meeting"] as? Int == 2 && total["eligible"] as? Int == 8)
            #expect(total["value"] as? Double == 25 && total["target"] as? Double == 100)
            let parts = try #require(city["parts"] as? [[String: Any]])
            #expect(parts.count == 13 && parts.first?["code"] as? String == "420102" && parts.first?["eligible"] as? Int == 5)
            let communities = try #require(street["parts"] as? [[String: Any]])
            #expect(communities.map { $0["value"] as? Double } == [12, 9, nil] && communities[2]["reported"] as? Int == 0)
            let badCode = try await viewer.get("/api/v1/indicators/\(TestApp.communityIndicator)/rollup?division=abc")
            #expect(unknown.status == .notFound && noSuch.status == .notFound)
            #expect(badMonth.status == .unprocessableContent && badMonth["field"] as? String == "month")
            #expect(badCode.status == .unprocessableContent && badCode["field"] as? String == "division")
        }
    }
}
