import Foundation
import Testing
@testable import ReformPlan

/// The scheme: its default, its validation with field paths, its objection window, its coding.
@Suite struct AssessmentSchemeTests {
    typealias F = AssessmentFixtures

    @Test func theStandardSchemeHasBaseItemsSummingTo100AndNoProblems() {
        let scheme = AssessmentScheme.standard(year: 2019)
        let base = scheme.items.filter { $0.rule.group == .base }

        #expect(base.map(\.key) == ["reports", "phases", "targets", "notices", "publicity"])
        #expect(base.map(\.weight) == [20, 40, 20, 10, 10])
        #expect(scheme.items.filter { $0.rule.group == .bonus }.map(\.maximum) == [5, 5, 5])
        #expect(scheme.items.filter { $0.rule.group == .deduction }.map(\.maximum) == [5, 10])
        #expect(scheme.bonusCap == 5 && scheme.deductionCap == nil)
        #expect(scheme.problems.isEmpty)
        #expect(scheme.name == "2019年度民政改革工作目标责任考核方案")
    }

    @Test func aUnitWithNothingDueScoresTheBaseBarPublicity() {
        let score = AssessmentScoring.score(unit: F.quiet("江岸区民政局", .district), scheme: F.scheme, asOf: F.yearEnd)

        #expect(score.items.filter(\.nothingDue).map(\.key) == ["reports", "phases", "targets", "notices"])
        #expect(score.base == 90 && score.total == 90)
    }

    @Test func aNonPositiveWeightIsNamedByItsPath() {
        let scheme = F.scheme(changing: "targets") { $0.weight = -5 }

        let errors = scheme.problems.filter { $0.severity == .error }

        #expect(errors.map(\.path) == ["items[2].weight"])
        #expect(errors.first?.description.hasPrefix("items[2].weight: 权重必须为正数") == true)
        #expect(scheme.problems.contains { $0.severity == .warning && $0.path == "items" && $0.message.contains("75") })
    }

    @Test func baseWeightsNotSummingTo100AreAWarningOnly() {
        let scheme = F.scheme(changing: "reports") { $0.weight = 15 }

        #expect(scheme.problems.map(\.severity) == [.warning])
        #expect(scheme.problems.first?.message.hasPrefix("基础项权重合计95分") == true)
    }

    @Test func everyItemProblemIsReportedAtOnce() {
        var scheme = F.scheme
        scheme.items[1].key = "reports"
        scheme.items[3].cap = 5
        scheme.items[4].rule = .publicityAdopted(pointsEach: 0)
        scheme.items[5].cap = -1
        scheme.items[6].weight = 3
        scheme.items[7].cap = nil
        scheme.items[8].rule = .deduction(event: .cityCommendation, points: -1)
        scheme.items[9].rule = .bonus(event: .accountabilityCase, points: 5)
        scheme.items.append(AssessmentItem(key: "养老", name: " ", rule: .reportsOnTime, weight: 0))

        let paths = scheme.problems.filter { $0.severity == .error }.map(\.path)

        #expect(paths == ["items[1].key", "items[3].cap", "items[4].rule.pointsEach", "items[5].cap", "items[6].weight",
                          "items[7].cap", "items[8].rule.points", "items[8].rule.event", "items[9].rule.event",
                          "items[10].key", "items[10].name", "items[10].weight"])
        #expect(scheme.problems.contains { $0.path == "items[10].rule" && $0.severity == .warning })
    }

    @Test func theSchemesOwnFieldsAreChecked() {
        var scheme = F.scheme
        scheme.name = ""
        scheme.year = 19
        scheme.version = 0
        scheme.objectionWindowDays = 0
        scheme.bonusCap = -2
        scheme.items = []

        #expect(scheme.problems.map(\.path) == ["name", "year", "version", "objectionWindowDays", "bonusCap", "items"])
    }

    @Test func theObjectionWindowRunsFromPublicationToItsLastDayInclusive() {
        let scheme = F.scheme
        let published = F.day("2019-12-28")

        #expect(scheme.objectionDeadline(publishedOn: published) == F.day("2020-01-04"))
        #expect(!scheme.objectionOpen(publishedOn: published, asOf: F.day("2019-12-27")))
        #expect(scheme.objectionOpen(publishedOn: published, asOf: published))
        #expect(scheme.objectionOpen(publishedOn: published, asOf: F.day("2020-01-04")))
        #expect(!scheme.objectionOpen(publishedOn: published, asOf: F.day("2020-01-05")))
    }

    @Test func rulesAreCodedWithAKindDiscriminator() throws {
        let json = #"{"kind":"bonus","event":"nationalCommendation","points":5}"#

        let rule = try JSONDecoder().decode(AssessmentRule.self, from: Data(json.utf8))
        let defaultMode = try JSONDecoder().decode(AssessmentRule.self, from: Data(#"{"kind":"targetAttainment"}"#.utf8))

        #expect(rule == .bonus(event: .nationalCommendation, points: 5))
        #expect(defaultMode == .targetAttainment(mode: .ratio))
        let again = try JSONDecoder().decode(AssessmentScheme.self, from: JSONEncoder().encode(F.scheme))
        #expect(again == F.scheme)
    }

    @Test func anUnknownRuleKindIsRefusedWithTheChoices() {
        let json = #"{"kind":"reportOnTime"}"#

        #expect {
            try JSONDecoder().decode(AssessmentRule.self, from: Data(json.utf8))
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["kind"]
                && context.debugDescription.contains("“reportOnTime”不是可用的取值")
                && context.debugDescription.contains("reportsOnTime")
        }
    }
}
