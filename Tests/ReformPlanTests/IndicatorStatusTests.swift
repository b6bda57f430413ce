import Testing
@testable import ReformPlan

@Suite struct IndicatorStatusTests {
    typealias F = StatusFixtures

    func indicator(_ comparator: Indicator.Comparator, _ target: Double, upper: Double? = nil, project: Int? = nil) -> Indicator {
        Indicator(name: "社会化运营率", measure: "%", comparator: comparator, target: target, targetUpper: upper,
                  sentence: "社区养老服务设施社会化运营率70%以上", project: project)
    }

    @Test func eachComparatorMeetsItsTargetAtTheEdge() {
        #expect(indicator(.atLeast, 70).isMet(by: 70))
        #expect(!indicator(.atLeast, 70).isMet(by: 69.9))
        #expect(!indicator(.greaterThan, 70).isMet(by: 70))
        #expect(indicator(.greaterThan, 70).isMet(by: 70.1))
        #expect(indicator(.atMost, 10).isMet(by: 10))
        #expect(!indicator(.atMost, 10).isMet(by: 10.1))
        #expect(!indicator(.lessThan, 10).isMet(by: 10))
        #expect(indicator(.lessThan, 10).isMet(by: 9.9))
        #expect(indicator(.between, 5, upper: 8).isMet(by: 5))
        #expect(indicator(.between, 5, upper: 8).isMet(by: 8))
        #expect(!indicator(.between, 5, upper: 8).isMet(by: 8.1))
        #expect(!indicator(.between, 5, upper: 8).isMet(by: 4.9))
    }

    @Test func aboutAllowsFivePercentOfTheTargetEitherWay() {
        let about = indicator(.about, 100)

        #expect(about.isMet(by: 95))
        #expect(about.isMet(by: 105))
        #expect(!about.isMet(by: 94.9))
        #expect(!about.isMet(by: 105.1))
        #expect(about.isMet(by: 90, thresholds: StatusThresholds(aboutTolerance: 0.1)))
    }

    @Test func aValueThatIsNotANumberMeetsNothing() {
        for comparator in Indicator.Comparator.allCases {
            #expect(!indicator(comparator, 70, upper: 80).isMet(by: .nan))
        }
    }

    @Test func theLatestCountedValueWinsAndDraftsAreIgnored() {
        let rate = indicator(.atLeast, 70, project: 1)
        let reports = [F.report("养老服务处", "2019-05", indicators: [("社会化运营率", 55)]),
                       F.report("养老服务处", "2019-06", .accepted, indicators: [("社会化运营率", 62)]),
                       F.report("养老服务处", "2019-07", .draft, indicators: [("社会化运营率", 75)]),
                       F.report("养老服务处", "2019-08", project: 12, indicators: [("社会化运营率", 99)])]

        let latest = latestValue(of: rate, reports: reports)

        #expect(latest?.value == 62)
        #expect(latest?.month == F.month("2019-06"))
        #expect(latest?.unit == "养老服务处")
        #expect(latestValue(of: indicator(.atLeast, 70), reports: reports)?.value == 99)
        #expect(latestValue(of: rate, reports: []) == nil)
    }

    @Test func twoUnitsInOneMonthDoNotDependOnTheOrderOfReports() {
        let rate = indicator(.atLeast, 70)
        let a = F.report("江岸区民政局", "2019-06", indicators: [("社会化运营率", 60)])
        let b = F.report("武昌区民政局", "2019-06", indicators: [("社会化运营率", 80)])

        #expect(latestValue(of: rate, reports: [a, b])?.unit == latestValue(of: rate, reports: [b, a])?.unit)
    }
}
