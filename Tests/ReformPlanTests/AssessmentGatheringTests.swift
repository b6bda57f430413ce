import Foundation
import Testing
@testable import ReformPlan

/// An office's evidence as gathered from the plan's data: the months it owed
/// a report and when it sent them, its phases and when they were done, the
/// notices to it, and the bulletins that named it.
struct AssessmentGatheringTests {
    typealias B = BulletinCompilerTests
    typealias F = StatusFixtures

    static func gathering(_ reports: [ProgressReport], notices: [SupervisionNotice] = [],
                          bulletins: [(number: String, issuedOn: Day, facts: BulletinFacts)] = []) -> AssessmentGathering {
        var plan = B.plan
        plan.notice.issuedDate = F.day("2019-05-16")
        return AssessmentGathering(plan: plan, year: 2019, reports: reports, notices: notices, bulletins: bulletins, events: [:],
                                   values: [:]) { date in
            let c = B.shanghai.dateComponents([.year, .month, .day], from: date)
            return Day(year: c.year!, month: c.month!, day: c.day!)
        }
    }

    @Test func reportsAreOwedFromTheNoticesMonthAndJudgedByTheirFirstSending() {
        let reports = [B.sent("养老服务处", "2019-05", on: "2019-05-20"), B.sent("养老服务处", "2019-06", on: "2019-06-28"),
                       B.sent("养老服务处", "2019-08", on: "2019-08-24", phases: [(1, 1, 100)])]
        let evidence = Self.gathering(reports).evidence(of: "养老服务处", asOf: F.day("2019-09-20"))
        #expect(evidence.reports.map(\.month.month) == [5, 6, 7, 8], "September is not due before the 25th and not sent")
        #expect(evidence.reports.map { $0.submittedOn?.day } == [20, 28, nil, 24])
        #expect(evidence.phases.first { $0.title == "签约部署" }?.doneMonth == F.month("2019-08"))
        #expect(evidence.phases.first { $0.title == "检查验收" }?.doneMonth == nil)
        #expect(evidence.kind == .office)
    }

    @Test func noticesAndTheBulletinsThatNamedTheUnitAreItsEvidence() {
        let notice = SupervisionNotice(id: 7, year: 2019, serial: 3, unit: "社会救助处", project: 4, reason: "滞后",
                                       replyDue: F.day("2019-09-10"), state: .replied, issuedBy: "guihua",
                                       issuedOn: F.day("2019-09-05"), repliedAt: B.instant("2019-09-12"))
        let facts = B.compiler([B.sent("社会救助处", "2019-09", on: "2019-09-28", project: 4)])
            .compile(month: F.month("2019-09"), indicators: [])
        let gathering = Self.gathering([], notices: [notice], bulletins: [("武民改办通报〔2019〕5号", F.day("2019-10-08"), facts)])
        let relief = gathering.evidence(of: "社会救助处", asOf: F.day("2019-10-31"))
        let eldercare = gathering.evidence(of: "养老服务处", asOf: F.day("2019-10-31"))
        #expect(relief.notices == [.init(id: 7, number: "督办〔2019〕3号", replyDue: F.day("2019-09-10"), repliedOn: F.day("2019-09-12"))])
        #expect(relief.events.map(\.reference) == ["武民改办通报〔2019〕5号"])
        #expect(relief.events.first?.description == "2019年9月进展情况逾期报送")
        #expect(eldercare.events.first?.description == "2019年9月进展情况未按时报送", "not reported at all is named too")
        #expect(Self.gathering([]).offices(asOf: F.day("2019-10-31")).map(\.unit) == ["养老服务处", "社会救助处", "市低保中心", "社会事务处"])
    }
}
