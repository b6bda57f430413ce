import Testing
@testable import ReformPlan

/// Totals with adjustments, rounding, and competition ranking within each kind.
@Suite struct AssessmentRankingTests {
    typealias F = AssessmentFixtures

    /// A district whose total is 90 (no publicity) plus `extra` through an adjustment.
    static func result(_ totals: [(String, AssessmentEvidence.UnitKind, Double)]) -> AssessmentResult {
        AssessmentScoring.scores(evidence: totals.map { F.quiet($0.0, $0.1) }, scheme: F.scheme, asOf: F.yearEnd,
                                 adjustments: totals.filter { $0.2 != 90 }.map { F.adjustment($0.0, $0.2 - 90) })
    }

    @Test func adjustmentsAreAddedAfterTheCapsAndOnlyToTheirUnit() {
        let events = F.events(.nationalCommendation, 2)
        let adjustments = [F.adjustment("养老服务处", 2.5), F.adjustment("社会救助处", -30)]

        let score = AssessmentScoring.score(unit: F.office(events: events), scheme: F.scheme, asOf: F.yearEnd,
                                            adjustments: adjustments)

        #expect(score.bonus.points == 5)
        #expect(score.adjustments == [adjustments[0]])
        #expect(score.total == 97.5)
        #expect(score.totalText == "97.5")
        #expect(score.schemeVersion == 1)
    }

    @Test func anAdjustmentNeedsAReasonAnAuthorAndNonZeroPoints() {
        #expect(F.adjustment("江岸区民政局", 1).problems.isEmpty)
        #expect(F.adjustment("江岸区民政局", 1, "  ").problems == ["调整必须说明理由。 (An adjustment needs a reason.)"])
        #expect(F.adjustment("江岸区民政局", 0).problems.count == 1)
        #expect(F.adjustment("江岸区民政局", .infinity).problems.count == 1)
    }

    @Test func pointsRoundHalfAwayFromZeroToOneDecimalWithoutBinaryNoise() {
        #expect(AssessmentPoints.text(17.25) == "17.3")
        #expect(AssessmentPoints.text(20 * 0.3) == "6.0")
        #expect(AssessmentPoints.text(-2.25) == "-2.3")
        #expect(AssessmentPoints.text(-0.04) == "0.0")
        #expect(AssessmentPoints.text(40.0 / 3) == "13.3")
        #expect(AssessmentPoints.rounded(86.25) == 86.3)
        #expect(AssessmentPoints.signedText(4.5) == "+4.5")
        #expect(AssessmentPoints.signedText(-1) == "-1.0")
        #expect(AssessmentPoints.signedText(0) == "0.0")
    }

    @Test func competitionRankingGivesTiesTheSamePlaceAndSkipsTheNext() {
        let result = Self.result([("青山区民政局", .district, 85), ("江岸区民政局", .district, 90),
                                  ("武昌区民政局", .district, 80), ("江汉区民政局", .district, 85)])

        #expect(result.entries.map(\.unit) == ["江岸区民政局", "江汉区民政局", "青山区民政局", "武昌区民政局"])
        #expect(result.entries.map(\.rank) == [1, 2, 2, 4])
    }

    @Test func totalsThatShowTheSameTieEvenIfTheyDifferUnrounded() {
        let result = Self.result([("江岸区民政局", .district, 85.04), ("江汉区民政局", .district, 84.96),
                                  ("硚口区民政局", .district, 84.94)])

        #expect(result.entry(for: "江岸区民政局")?.rank == 1)
        #expect(result.entry(for: "江汉区民政局")?.rank == 1)
        #expect(result.entry(for: "硚口区民政局")?.rank == 3)
    }

    @Test func officesAndDistrictsAreRankedAmongTheirOwnKind() {
        let result = Self.result([("养老服务处", .office, 95), ("江岸区民政局", .district, 92),
                                  ("社会救助处", .office, 88), ("江汉区民政局", .district, 96)])

        #expect(result.ranking(of: .office).map(\.unit) == ["养老服务处", "社会救助处"])
        #expect(result.ranking(of: .office).map(\.rank) == [1, 2])
        #expect(result.ranking(of: .district).map(\.unit) == ["江汉区民政局", "江岸区民政局"])
        #expect(result.ranking(of: .district).map(\.rank) == [1, 2])
        #expect(result.entries.map(\.overallRank) == [1, 2, 3, 4])
        #expect(result.entry(for: "江岸区民政局")?.overallRank == 3)
    }
}
