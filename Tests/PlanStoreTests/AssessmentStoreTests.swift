import Foundation
import ReformPlan
import Testing
@testable import PlanStore

/// What the assessment keeps, on SQLite and PostgreSQL: scheme versions,
/// events, adjustments with their reasons, objections answered once.
@Suite struct AssessmentStoreTests {
    typealias F = WebFixture

    @Test(arguments: DatabaseKind.underTest)
    func schemesAreVersionedAndEventsAdjustmentsAndObjectionsKept(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let planID = try await store.load(SamplePlan.make(), by: "test", at: F.start).planID
            let first = try await store.adoptAssessmentScheme(planID: planID, yaml: "name: a", note: "初版", by: "guihua", at: F.start)
            let second = try await store.adoptAssessmentScheme(planID: planID, yaml: "name: b", note: "报送权重调为30",
                                                               by: "guihua", at: F.at(minutes: 1))
            #expect((first, second) == (1, 2))
            #expect(try await store.assessmentSchemes(planID: planID).map(\.note) == ["报送权重调为30", "初版"])

            try await store.recordAssessmentEvent(planID: planID, unit: "养老服务处",
                                                  event: AssessmentEvent(kind: .nationalCommendation, date: Day(year: 2019, month: 11, day: 2),
                                                                         description: "全国养老服务业综合改革试点验收优秀", reference: "民函〔2019〕8号"),
                                                  by: "guihua", at: F.start)
            let events = try await store.assessmentEvents(planID: planID)
            #expect(events["养老服务处"]?.first?.kind == .nationalCommendation)
            #expect(events["养老服务处"]?.first?.reference == "民函〔2019〕8号")

            try await store.addAssessmentAdjustment(planID: planID, AssessmentAdjustment(
                unit: "社会救助处", points: -1.5, reason: "9月报告数据经核实有误", by: "guihua", at: F.at(minutes: 2)))
            let adjustments = try await store.assessmentAdjustments(planID: planID)
            #expect(adjustments.map(\.points) == [-1.5] && adjustments.first?.reason == "9月报告数据经核实有误")

            let id = try await store.fileObjection(planID: planID, AssessmentObjection(
                unit: "社会救助处", text: "9月报告已按时报送，请核实。", filedBy: "jiuzhu", filedAt: F.at(minutes: 3)))
            try await store.answerObjection(id: id, answer: "经核实，维持原分。", by: "guihua", at: F.at(minutes: 4))
            await #expect(throws: StoreError.stateConflict(entity: "objection", id: String(id), current: "answered")) {
                try await store.answerObjection(id: id, answer: "再答", by: "guihua", at: F.at(minutes: 5))
            }
            await #expect(throws: StoreError.notFound(entity: "objection", id: "999")) {
                try await store.answerObjection(id: 999, answer: "x", by: "guihua", at: F.at(minutes: 5))
            }
            let objections = try await store.objections(planID: planID)
            #expect(objections.map(\.answer) == ["经核实，维持原分。"] && objections.first?.answeredBy == "guihua")
            let actions = try await store.auditEntries().filter { $0.entity == "assessment" }.map(\.action)
            #expect(actions == ["assessment.answer", "assessment.object", "assessment.adjust", "assessment.event",
                                "assessment.scheme", "assessment.scheme"])
        }
    }
}
