import Testing
@testable import ReformPlan

@Suite struct AccessTests {
    let eldercare = Account(login: "yl", displayName: "养老服务处填报员", role: .reporter, unit: "养老服务处")
    let supervisor = Account(login: "gh", displayName: "规划发展处", role: .supervisor, unit: "局规划发展处")

    @Test func reporterActsOnlyForItsOwnUnit() {
        #expect(Access.allows(eldercare, .submitReport, units: ["养老服务处"]))
        #expect(!Access.allows(eldercare, .submitReport, units: ["社会救助处", "市低保中心"]))
        #expect(Access.allows(eldercare, .readDraftReport, units: ["养老服务处"]))
        #expect(!Access.allows(eldercare, .readDraftReport, units: ["社会救助处"]))
        #expect(!Access.allows(eldercare, .reviewReport, units: ["养老服务处"]))
    }

    @Test func nobodyReviewsTheirOwnUnit() {
        #expect(Access.allows(supervisor, .reviewReport, units: ["养老服务处"]))
        #expect(!Access.allows(supervisor, .reviewReport, units: ["局规划发展处"]))
    }

    @Test func aViewerChangesNothing() {
        let viewer = Account(login: "v", displayName: "v", role: .viewer)
        let writes: [Operation] = Operation.allCases.filter { !["readPlan", "readSubmittedReport", "readNotice", "manageOwnTokens", "readBudget", "readDocuments"].contains($0.rawValue) }
        for operation in writes {
            #expect(!Access.allows(viewer, operation, units: ["养老服务处"]), "viewer may \(operation)")
        }
    }

    @Test func aDisabledAccountMayDoNothing() {
        var gone = supervisor
        gone.disabled = true
        for operation in Operation.allCases {
            #expect(!Access.allows(gone, operation))
        }
    }

    @Test func everyOperationHasARow() {
        for operation in Operation.allCases {
            #expect(Access.table[operation] != nil, "\(operation) has no row")
        }
    }

    @Test func reportMonthsAndDueDays() {
        let september = ReportMonth(year: 2019, month: 9)
        #expect(september.description == "2019-09")
        #expect(ReportMonth(iso: "2019-13") == nil)
        #expect(ReportMonth(iso: "2019-9") == nil)
        #expect(ReportMonth(year: 2019, month: 12).next == ReportMonth(year: 2020, month: 1))
        #expect(ReportMonth(year: 2019, month: 1).previous == ReportMonth(year: 2018, month: 12))
        #expect(ReportMonth(year: 2019, month: 4).dueDate(dayOfMonth: 31) == Day(year: 2019, month: 4, day: 30))
        #expect(ReportMonth(year: 2020, month: 2).dueDate(dayOfMonth: 30) == Day(year: 2020, month: 2, day: 29))
    }

    @Test func overdueNoticeReplies() {
        let notice = SupervisionNotice(year: 2019, serial: 3, unit: "养老服务处", project: 1, reason: "进度滞后",
                                       replyDue: Day(year: 2019, month: 9, day: 20), issuedBy: "gh",
                                       issuedOn: Day(year: 2019, month: 9, day: 10))
        #expect(notice.number == "督办〔2019〕3号")
        #expect(!notice.isOverdue(asOf: Day(year: 2019, month: 9, day: 20)))
        #expect(notice.isOverdue(asOf: Day(year: 2019, month: 9, day: 21)))
        var replied = notice
        replied.state = .replied
        #expect(!replied.isOverdue(asOf: Day(year: 2019, month: 9, day: 21)))
    }
}
