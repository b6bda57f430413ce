import Testing
@testable import ReformPlan

/// Per-event items and the group subtotals: below, exactly at and past each cap.
@Suite struct AssessmentCapTests {
    typealias F = AssessmentFixtures

    static func publicity(adopted: Int, notAdopted: Int = 0) -> [AssessmentEvidence.PublicityRecord] {
        (0..<adopted).map { .init(id: Int64($0), title: "稿件\($0)", adopted: true) }
            + (0..<notAdopted).map { .init(id: Int64(100 + $0), title: "未采用\($0)", adopted: false) }
    }

    @Test func publicityScoresPointsPerAdoptedSubmission() {
        let item = F.item("publicity", F.office(publicity: Self.publicity(adopted: 3, notAdopted: 1)))

        #expect(item.points == 6)
        #expect(item.explanation == "采用宣传稿件3篇，每篇2.0分，得6.0分")
        #expect(item.counted.count == 3)
        #expect(item.notCounted.map(\.note) == ["未采用"])
        #expect(!item.nothingDue)
    }

    @Test func publicityExactlyAtItsWeightIsNotCappedPastItIs() {
        let exact = F.item("publicity", F.office(publicity: Self.publicity(adopted: 5)))
        let over = F.item("publicity", F.office(publicity: Self.publicity(adopted: 7)))
        let none = F.item("publicity", F.office())

        #expect(exact.points == 10 && !exact.capped)
        #expect(over.points == 10 && over.uncapped == 14 && over.capped)
        #expect(over.explanation == "采用宣传稿件7篇，每篇2.0分计14.0分，按上限10.0分计")
        #expect(none.points == 0 && !none.nothingDue)
    }

    @Test func aBonusItemStopsAtItsCap() {
        let one = F.item("national", F.office(events: F.events(.nationalCommendation, 1)))
        let two = F.item("national", F.office(events: F.events(.nationalCommendation, 2)))
        let none = F.item("national", F.office())

        #expect(one.points == 5 && !one.capped)
        #expect(one.explanation == "国家级表彰1次，每次5.0分，得5.0分")
        #expect(two.points == 5 && two.uncapped == 10 && two.capped)
        #expect(two.explanation == "国家级表彰2次，每次5.0分计10.0分，按上限5.0分计")
        #expect(none.points == 0 && none.explanation == "无国家级表彰记录，得0.0分")
    }

    @Test func deductionsSubtractExactlyAtAndPastTheirCap() {
        let five = F.item("bulletin", F.office(events: F.events(.namedInBulletin, 5)))
        let six = F.item("bulletin", F.office(events: F.events(.namedInBulletin, 6)))
        let cases = F.item("accountability", F.office(events: F.events(.accountabilityCase, 3)))
        let none = F.item("bulletin", F.office())

        #expect(five.points == -5 && !five.capped)
        #expect(five.explanation == "被通报5次，每次1.0分，扣5.0分")
        #expect(six.points == -5 && six.uncapped == -6 && six.capped)
        #expect(cases.points == -10 && cases.uncapped == -15)
        #expect(cases.against.count == 3 && cases.against.allSatisfy { $0.credit == -5 })
        #expect(none.points == 0 && none.explanation == "无被通报记录，不扣分")
    }

    @Test func theBonusSubtotalIsBoundedByTheSchemesCap() {
        let events = F.events(.nationalCommendation, 1) + F.events(.provincialCommendation, 1) + F.events(.cityCommendation, 4)
        let exactEvents = F.events(.provincialCommendation, 1) + F.events(.cityCommendation, 2)

        let over = AssessmentScoring.score(unit: F.office(events: events), scheme: F.scheme, asOf: F.yearEnd)
        let exact = AssessmentScoring.score(unit: F.office(events: exactEvents), scheme: F.scheme, asOf: F.yearEnd)

        #expect(over.bonus.sum == 12 && over.bonus.points == 5 && over.bonus.capped)
        #expect(over.bonus.explanation == "加分12.0分，按上限5.0分计")
        #expect(exact.bonus.points == 5 && !exact.bonus.capped)
        #expect(exact.bonus.explanation == "加分5.0分")
        #expect(over.total == 95)  // 90 base: no publicity adopted
    }

    @Test func theDeductionSubtotalIsBoundedWhenTheSchemeSetsACap() {
        var scheme = F.scheme
        scheme.deductionCap = 8
        let events = F.events(.namedInBulletin, 5) + F.events(.accountabilityCase, 1)

        let capped = AssessmentScoring.score(unit: F.office(events: events), scheme: scheme, asOf: F.yearEnd)
        let uncapped = AssessmentScoring.score(unit: F.office(events: events), scheme: F.scheme, asOf: F.yearEnd)

        #expect(capped.deduction.sum == -10 && capped.deduction.points == -8)
        #expect(capped.deduction.explanation == "减分10.0分，按上限8.0分计")
        #expect(capped.total == 82)
        #expect(uncapped.deduction.points == -10 && uncapped.total == 80)
    }

    @Test func eventsAfterTheAsOfDayDoNotCountYet() {
        let unit = F.office(events: [F.event(.accountabilityCase, "2019-11-02", "武民改办通报〔2019〕7号")])

        let before = F.item("accountability", unit, asOf: F.day("2019-11-01"))
        let after = F.item("accountability", unit, asOf: F.day("2019-11-02"))

        #expect(before.points == 0 && before.notCounted.count == 1)
        #expect(after.points == -5)
        #expect(after.against.first?.record.chineseName == "被问责：被问责（武民改办通报〔2019〕7号）")
    }

    @Test func anEventOfAKindNoItemNamesMovesNothing() {
        let score = AssessmentScoring.score(unit: F.office(events: F.events(.overdueNotice, 3)), scheme: F.scheme, asOf: F.yearEnd)

        #expect(score.total == 90)
        #expect(score.items.allSatisfy { $0.evidence.isEmpty })
    }
}
