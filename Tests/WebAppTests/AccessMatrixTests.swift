import Foundation
import HummingbirdTesting
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

/// Walks the whole role × operation table through HTTP: for every role and
/// every operation, one request that needs exactly that permission, and the
/// answer must agree with `Access`. So the pages cannot drift from the table.
@Suite struct AccessMatrixTests {
    struct Probe {
        var method: String
        var path: String
        var fields: [String: String] = [:]
        /// What the request acts on belongs to these units.
        var units: [String] = []
        /// Files sent as multipart/form-data with the fields.
        var files: [(String, String, Data)] = []
    }

    /// Things to act on, made before the probes run.
    struct Targets {
        var acceptedReport: Int64
        var draftReport: Int64
        var submittedReport: Int64
        var notices: [Int64]
        var subPlan: Int64 = 0
        var draftBulletin: Int64 = 0
        var pieces: [Int64] = []
        var action: Int64 = 0
    }

    static func targets(_ app: TestApp) async throws -> Targets {
        func report(_ unit: String, _ month: Int, _ states: [ProgressReport.State]) async throws -> Int64 {
            var report = ProgressReport(unit: unit, month: ReportMonth(year: 2019, month: month),
                                        sections: [ProjectProgress(project: unit == "养老服务处" ? 1 : 4, completion: 50, progress: "测试")])
            for state in states {
                report.state = state
                report = try await app.store.saveReport(report, planID: app.planID, expectedVersion: report.version, by: "test", at: Date())
            }
            return try #require(report.id)
        }
        let accepted = try await report("社会救助处", 8, [.draft, .submitted, .accepted])
        let draft = try await report("社会事务处", 9, [.draft])
        let submitted = try await report("养老服务处", 8, [.draft, .submitted])
        var notices: [Int64] = []
        for _ in 0..<4 {
            let notice = SupervisionNotice(year: 2019, serial: 0, unit: "养老服务处", project: 1, reason: "测试",
                                           replyDue: Day(year: 2019, month: 10, day: 10), issuedBy: "guihua",
                                           issuedOn: Day(year: 2019, month: 9, day: 28))
            notices.append(try #require(try await app.store.issueNotice(notice, planID: app.planID, by: "guihua", at: Date()).id))
        }
        let subPlan = try await app.store.saveSubPlan(
            SubPlan(planID: app.planID, unit: "江岸区民政局", division: "420102", title: "江岸区方案", acceptedRevision: 1,
                    items: [SubPlanItem(key: "own1", title: "社区议事厅")]), expectedVersion: 0, by: "test", at: Date())
        // A published assessment result, so that the objection window is open.
        let result = try await app.store.saveDocumentDraft(
            SupervisionDocument(planID: app.planID, kind: .assessment, period: "2019", title: "考核结果", facts: "{}", narrative: "{}"),
            expectedVersion: 0, by: "guihua", at: Date())
        try await app.store.issueDocument(id: result.id!, expectedVersion: 1, pattern: "考〔{年}〕{号}号", issuedOn: TestApp.asOf,
                                          by: "guihua", at: Date()) { _ in PlanStore.IssuedFiles(text: "{}", docx: Data(), xlsx: Data()) }
        let bulletin = try await DocumentCommands.draft(store: app.store, month: ReportMonth(year: 2019, month: 8),
                                                        today: Day(year: 2019, month: 9, day: 30), by: "guihua")
        var pieces: [Int64] = []
        for title in ["智慧养老网点覆盖中心城区", "城企联动签约落地"] {
            pieces.append(try #require(try await app.store.submitPublicity(PublicitySubmission(
                planID: app.planID, unit: "养老服务处", title: title, text: "本处推进智慧居家养老服务网点建设，已覆盖中心城区各街道。",
                submittedBy: "yanglao", submittedAt: Date())).id))
        }
        let meeting = try await app.store.saveMeeting(Meeting(planID: app.planID, kind: .quarterlyDispatch, title: "第三季度调度会",
                                                              day: Day(year: 2019, month: 9, day: 26), place: "局三楼会议室", chair: "李国汉",
                                                              agenda: ["调度项目1"], createdBy: "guihua"),
                                                      expectedVersion: 0, by: "guihua", at: Date())
        let action = try await app.store.assignAction(TrackedAction(planID: app.planID, source: .meeting(meeting.id!), title: "补齐网点建设台账",
                                                                    unit: "养老服务处", due: Day(year: 2019, month: 10, day: 31), createdBy: "guihua"),
                                                      origin: "调度会", at: Date())
        return Targets(acceptedReport: accepted, draftReport: draft, submittedReport: submitted, notices: notices,
                       subPlan: try #require(subPlan.id), draftBulletin: bulletin.id, pieces: pieces, action: try #require(action.id))
    }

    /// The office publicity pieces go to, as the demo plan's notice names it.
    static let office = "市民政局政策法规处"

    static func probe(_ operation: ReformPlan.Operation, _ t: Targets) -> Probe {
        let eldercare = ["养老服务处"]
        switch operation {
        case .readPlan: return Probe(method: "GET", path: "/projects/1")
        case .readSubmittedReport: return Probe(method: "GET", path: "/reports/\(t.acceptedReport)", units: ["社会救助处"])
        case .readDraftReport: return Probe(method: "GET", path: "/reports/\(t.draftReport)", units: ["社会事务处"])
        case .editReport:
            return Probe(method: "POST", path: "/report", fields: ReportFlowTests.filled("save").merging(["month": "2019-09"]) { $1 }, units: eldercare)
        case .submitReport:
            return Probe(method: "POST", path: "/report", fields: ReportFlowTests.filled("submit").merging(["month": "2019-07"]) { $1 }, units: eldercare)
        case .reviewReport: return Probe(method: "POST", path: "/reports/\(t.submittedReport)/review", fields: ["action": "accept"], units: eldercare)
        case .readNotice: return Probe(method: "GET", path: "/notices/\(t.notices[0])")
        case .issueNotice:
            return Probe(method: "POST", path: "/notices", fields: ["project": "1", "unit": "养老服务处", "reason": "进度滞后", "replyDue": "2019-10-15"])
        case .signNotice: return Probe(method: "POST", path: "/notices/\(t.notices[0])/sign", units: eldercare)
        case .replyNotice: return Probe(method: "POST", path: "/notices/\(t.notices[1])/reply", fields: ["reply": "已整改"], units: eldercare)
        case .closeNotice: return Probe(method: "POST", path: "/notices/\(t.notices[2])/close", units: eldercare)
        case .escalateNotice: return Probe(method: "POST", path: "/notices/\(t.notices[3])/escalate", units: eldercare)
        case .comment: return Probe(method: "POST", path: "/projects/1/comments", fields: ["text": "请加快进度"])
        case .importPlan: return Probe(method: "GET", path: "/import")
        case .readAudit: return Probe(method: "GET", path: "/audit")
        case .manageAccounts: return Probe(method: "GET", path: "/accounts")
        case .manageSettings: return Probe(method: "GET", path: "/settings")
        case .manageOwnTokens: return Probe(method: "GET", path: "/tokens")
        case .editSubPlan:
            return Probe(method: "POST", path: "/subplans/\(t.subPlan)/progress",
                         fields: ["month": "2019-09", "completion_own1": "30", "text_own1": "试点"], units: ["江岸区民政局"])
        case .editTargets: return Probe(method: "POST", path: "/indicators/\(TestApp.communityIndicator)/targets", fields: ["part_420102": "5"])
        case .enterValues:
            return Probe(method: "POST", path: "/indicators/\(TestApp.communityIndicator)/values", fields: ["month": "2019-09"],
                         units: ["江岸区民政局"], files: [("file", "values.csv", Data("代码,数值\n420102002001,11\n".utf8))])
        case .readBudget: return Probe(method: "GET", path: "/projects/1/budget")
        case .editBudget:
            return Probe(method: "POST", path: "/projects/1/budget/lines", fields: ["source": "cityFinance", "amount": "1", "unit": "yuan"])
        case .readDocuments: return Probe(method: "GET", path: "/quarters?q=3")
        case .readDraftDocuments: return Probe(method: "GET", path: "/bulletins/\(t.draftBulletin)")
        case .draftDocuments: return Probe(method: "POST", path: "/bulletins", fields: ["month": "2019-09"])
        case .readAssessment: return Probe(method: "GET", path: AssessmentView.path("养老服务处"), units: eldercare)
        case .runAssessment: return Probe(method: "POST", path: "/assessment/whatif", fields: ["weight_reports": "30"])
        case .readPublicity: return Probe(method: "GET", path: "/publicity/\(t.pieces[0])", units: ["养老服务处", Self.office])
        case .submitPublicity:
            return Probe(method: "POST", path: "/publicity", fields: ["title": "探索", "text": "本单位推进改革工作取得阶段性成效，现报送情况如下。"])
        case .decidePublicity:
            return Probe(method: "POST", path: "/publicity/\(t.pieces[1])/decide",
                         fields: ["state": "adopted", "outlet": "city", "version": "1"], units: [Self.office])
        case .readMessages: return Probe(method: "GET", path: "/messages")
        case .manageChannels:
            return Probe(method: "POST", path: "/channels",
                         fields: ["owner": "unit:养老服务处", "kind": "email", "address": "yanglao@example.gov.cn"], units: eldercare)
        case .readLadder: return Probe(method: "GET", path: "/ladder")
        case .escalate:
            return Probe(method: "POST", path: UnitRoutes.path("养老服务处") + "/escalations",
                         fields: ["step": "pressed", "day": "2019-09-30", "summary": "请按时报送9月进展", "by": "规划发展处"], units: eldercare)
        case .setEscalationRules:
            return Probe(method: "POST", path: "/ladder/rules", fields: Dictionary(uniqueKeysWithValues: EscalationRules.fields.map {
                ($0.key, String(EscalationRules()[keyPath: $0.path]))
            }))
        case .runMeetings:
            return Probe(method: "POST", path: "/meetings", fields: ["kind": "jointMeeting", "title": "养老服务联席会议", "day": "2019-10-15",
                                                                    "start": "09:30", "duration": "90", "place": "局三楼会议室",
                                                                    "chair": "张明武", "agenda": "调度项目1"])
        case .reportAction:
            return Probe(method: "POST", path: "/actions/\(t.action)/report", fields: ["text": "台账已补齐，见附件", "version": "1"],
                         units: eldercare)
        case .fileObjection:
            return Probe(method: "POST", path: AssessmentView.path("养老服务处") + "/objections", fields: ["text": "请核实9月报送"],
                         units: eldercare)
        }
    }

    @Test(arguments: TestApp.accounts.map(\.login), DatabaseKind.underTest)
    func everyOperationAnswersAsTheTableSays(_ login: String, _ kind: DatabaseKind) async throws {
        let account = try #require(TestApp.accounts.first { $0.login == login })
        try await TestApp.run(kind) { app, client in
            let targets = try await Self.targets(app)
            var visitor = try await Visitor.signedIn(login, client)
            for operation in ReformPlan.Operation.allCases {
                let probe = Self.probe(operation, targets)
                let allowed = Access.allows(account, operation, units: probe.units)
                _ = try await visitor.get("/")
                let page = probe.method == "GET" ? try await visitor.get(probe.path)
                    : probe.files.isEmpty ? try await visitor.post(probe.path, probe.fields)
                    : try await visitor.postMultipart(probe.path, probe.fields, files: probe.files)
                if allowed {
                    #expect(page.status != .forbidden && page.status.code < 400,
                            "\(login) (\(account.role)) should be allowed \(operation) at \(probe.path), got \(page.status): \(Self.message(page.body))")
                } else {
                    #expect(page.status == .forbidden,
                            "\(login) (\(account.role)) should be refused \(operation) at \(probe.path), got \(page.status)")
                }
            }
        }
    }

    static func message(_ html: String) -> String {
        guard let start = html.range(of: "<p>")?.upperBound, let end = html[start...].range(of: "</p>")?.lowerBound else { return "" }
        return String(html[start..<end])
    }
}
