import Testing
@testable import ReformPlan

/// Target attainment in both modes, and each comparator's partial credit.
@Suite struct AssessmentAttainmentTests {
    typealias F = AssessmentFixtures

    static let indicators = [
        F.indicator("新建社区老年人服务中心", target: 100, value: 85),
        F.indicator("投诉件数", .atMost, target: 5, value: 10),
        F.indicator("社会化运营率", target: 70, value: 80),
        F.indicator("品牌项目", target: 20, value: nil),
    ]

    @Test func ratioModeAveragesPartialCredit() {
        let item = F.item("targets", F.office(indicators: Self.indicators))

        // (0.85 + 0.5 + 1 + 0) / 4 = 0.5875 of 20 points.
        #expect(abs(item.points - 11.75) < 1e-9)
        #expect(item.explanation == "4项指标平均完成率58.8%，得11.8分")
        #expect(item.evidence.map(\.credit) == [0.85, 0.5, 1, 0])
        #expect(item.evidence.map(\.note) == ["完成率85%（实际85，目标100）", "完成率50%（实际10，目标5）",
                                             "已达标（实际80，目标70）", "未报数值，按0计"])
        #expect(item.counted.count == 1 && item.against.count == 3)
    }

    @Test func metModeCountsOnlyTargetsMet() {
        let scheme = F.scheme(changing: "targets") { $0.rule = .targetAttainment(mode: .met) }

        let item = F.item("targets", F.office(indicators: Self.indicators), scheme: scheme)

        #expect(item.points == 5)
        #expect(item.explanation == "达标1/4项指标，得5.0分")
        #expect(item.evidence.map(\.credit) == [0, 0, 1, 0])
    }

    @Test func overachievingIsCappedAtFullCreditAndCannotMakeUpForAnother() {
        let unit = F.office(indicators: [F.indicator("a", target: 100, value: 300), F.indicator("b", target: 100, value: 50)])

        let item = F.item("targets", unit)

        #expect(item.points == 15)
    }

    @Test func eachComparatorGivesCreditForTheSideMissed() {
        func credit(_ c: Indicator.Comparator, _ target: Double, _ value: Double?, upper: Double? = nil) -> Double {
            F.indicator("x", c, target: target, upper: upper, value: value).attainment()
        }

        #expect(credit(.atLeast, 100, 100) == 1)
        #expect(credit(.greaterThan, 100, 100) == 1)
        #expect(credit(.atLeast, 100, 40) == 0.4)
        #expect(credit(.lessThan, 5, 4) == 1)
        #expect(credit(.lessThan, 5, 20) == 0.25)
        #expect(credit(.about, 100, 104) == 1)
        #expect(credit(.about, 100, 80) == 0.8)
        #expect(credit(.about, 100, 125) == 0.8)
        #expect(credit(.between, 5, 6, upper: 8) == 1)
        #expect(credit(.between, 5, 4, upper: 8) == 0.8)
        #expect(credit(.between, 5, 10, upper: 8) == 0.8)
        #expect(credit(.atMost, 0, 3) == 0)
        #expect(credit(.atLeast, 0, -1) == 0)
        #expect(credit(.atLeast, 10, -5) == 0)
        #expect(credit(.atLeast, 10, nil) == 0)
        #expect(credit(.atLeast, 10, .nan) == 0)
    }

    @Test func aStrictTargetExactlyReachedHasFullCreditButIsNotMet() {
        let exact = F.indicator("x", .greaterThan, target: 100, value: 100)

        #expect(!exact.isMet())
        #expect(F.item("targets", F.office(indicators: [exact])).against.count == 1)
    }

    @Test func noIndicatorsScoresFullMarks() {
        let item = F.item("targets", F.office())

        #expect(item.points == 20 && item.nothingDue)
        #expect(item.explanation == "无应考核事项，按满分计20.0分")
    }
}
