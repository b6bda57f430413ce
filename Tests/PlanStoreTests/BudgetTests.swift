import Foundation
import ReformPlan
import Testing
@testable import PlanStore

@Suite struct BudgetTests {
    typealias F = WebFixture

    static func line(_ project: Int = 1, _ source: FundingSource = .cityFinance, fen: Int64 = 1_200_000) -> BudgetLine {
        BudgetLine(project: project, source: source, amount: Money(fen: fen), note: "养老设施运营补贴")
    }

    static func spending(_ line: Int64, fen: Int64 = 10, day: Int = 18) -> Spending {
        Spending(line: line, date: Day(year: 2019, month: 6, day: day), amount: Money(fen: fen), description: "培训费")
    }

    @Test(arguments: DatabaseKind.underTest)
    func linesAndSpendingAreStoredExactlyAndAudited(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let city = try await store.saveBudgetLine(Self.line(), planID: planID, expectedVersion: 0, by: "caiwu", at: F.start)
            let big = try await store.saveBudgetLine(Self.line(1, .specialFund, fen: Money.largest.fen), planID: planID,
                                                     expectedVersion: 0, by: "caiwu", at: F.start)
            _ = try await store.saveBudgetLine(Self.line(2, .other), planID: planID, expectedVersion: 0, by: "caiwu", at: F.start)
            for fen: Int64 in [10, 20] {
                _ = try await store.saveSpending(Self.spending(city.id!, fen: fen), planID: planID, expectedVersion: 0, by: "caiwu", at: F.start)
            }

            let budget = try await store.budget(planID: planID, project: 1)
            #expect(budget.lines == [city, big])
            #expect(city.version == 1 && city.amount == Money(fen: 1_200_000))
            #expect(big.amount == .largest)
            #expect(budget.spending.map(\.amount.fen) == [10, 20])
            #expect(BudgetExecution(budget).lines[0].rate.spent == Money(fen: 30), "0.1 + 0.2 yuan is 0.3 yuan")
            #expect(try await store.budgets(planID: planID).keys.sorted() == [1, 2])
            let actions = try await store.auditEntries(planID: planID, project: 1).map(\.action)
            #expect(actions == ["budget.spending.add", "budget.spending.add", "budget.line.add", "budget.line.add"])
            #expect(try await store.verifyAuditLog().entries == 5)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aStaleVersionIsRefusedAndTheStoredLineStays(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let stored = try await store.saveBudgetLine(Self.line(), planID: planID, expectedVersion: 0, by: "caiwu", at: F.start)
            var first = stored, second = stored
            first.amount = Money(fen: 500)
            second.amount = Money(fen: 900)
            let saved = try await store.saveBudgetLine(first, planID: planID, expectedVersion: 1, by: "caiwu", at: F.start)

            await #expect(throws: StoreError.versionConflict(current: 2, updatedBy: nil)) {
                try await store.saveBudgetLine(second, planID: planID, expectedVersion: 1, by: "guihua", at: F.start)
            }
            await #expect(throws: StoreError.versionConflict(current: 2, updatedBy: nil)) {
                try await store.deleteBudgetLine(id: stored.id!, planID: planID, expectedVersion: 1, by: "guihua", at: F.start)
            }
            #expect(try await store.budget(planID: planID, project: 1).lines == [saved])
            #expect(saved.amount == Money(fen: 500) && saved.version == 2)
            #expect(try await store.auditEntries(planID: planID).map(\.action) == ["budget.line.update", "budget.line.add"])
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func refusedChangesLeaveEverythingAsItWas(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let line = try await store.saveBudgetLine(Self.line(), planID: planID, expectedVersion: 0, by: "caiwu", at: F.start)
            let spent = try await store.saveSpending(Self.spending(line.id!), planID: planID, expectedVersion: 0, by: "caiwu", at: F.start)
            let before = try await store.budget(planID: planID, project: 1)
            let entries = try await store.auditEntries().count

            await #expect(throws: StoreError.stillReferenced(entity: "budget line", id: String(line.id!), count: 1)) {
                try await store.deleteBudgetLine(id: line.id!, planID: planID, expectedVersion: 1, by: "caiwu", at: F.start)
            }
            await #expect(throws: StoreError.invalidValue(field: "amount", value: "-0.01")) {
                try await store.saveBudgetLine(Self.line(fen: -1), planID: planID, expectedVersion: 0, by: "caiwu", at: F.start)
            }
            await #expect(throws: StoreError.invalidValue(field: "amount", value: "0.00")) {
                try await store.saveSpending(Self.spending(line.id!, fen: 0), planID: planID, expectedVersion: 0, by: "caiwu", at: F.start)
            }
            await #expect(throws: StoreError.notFound(entity: "budget line", id: "999")) {
                try await store.saveSpending(Self.spending(999), planID: planID, expectedVersion: 0, by: "caiwu", at: F.start)
            }
            await #expect(throws: StoreError.notFound(entity: "budget line", id: String(line.id!))) {
                try await store.saveSpending(Self.spending(line.id!), planID: planID + 1, expectedVersion: 0, by: "caiwu", at: F.start)
            }
            await #expect(throws: StoreError.notFound(entity: "plan", id: String(planID + 1))) {
                try await store.saveBudgetLine(Self.line(), planID: planID + 1, expectedVersion: 0, by: "caiwu", at: F.start)
            }
            await #expect(throws: StoreError.versionConflict(current: 0, updatedBy: nil), "a new entry starts from version 0") {
                try await store.saveSpending(Self.spending(line.id!), planID: planID, expectedVersion: 3, by: "caiwu", at: F.start)
            }

            #expect(try await store.budget(planID: planID, project: 1) == before)
            #expect(try await store.auditEntries().count == entries)
            #expect(before.spending == [spent])
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func spendingKeepsItsVoucherWhenChangedWithoutANewOneAndCanBeRemoved(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let line = try await store.saveBudgetLine(Self.line(), planID: planID, expectedVersion: 0, by: "caiwu", at: F.start)
            var entry = Self.spending(line.id!, fen: 123_456)
            entry.voucher = Voucher(fileName: "发票.pdf", mediaType: "application/pdf", size: 9, sha256: "ab", storageName: "v1")
            entry = try await store.saveSpending(entry, planID: planID, expectedVersion: 0, by: "caiwu", at: F.start)

            var changed = entry
            changed.voucher = nil
            changed.description = "培训费（更正）"
            changed = try await store.saveSpending(changed, planID: planID, expectedVersion: 1, by: "guihua", at: F.start)

            #expect(changed.voucher?.fileName == "发票.pdf" && changed.version == 2)
            #expect(try await store.spending(id: entry.id!)?.spending == changed)
            #expect(try await store.spending(id: entry.id!)?.project == 1)
            try await store.deleteSpending(id: entry.id!, planID: planID, expectedVersion: 2, by: "guihua", at: F.start)
            try await store.deleteBudgetLine(id: line.id!, planID: planID, expectedVersion: 1, by: "guihua", at: F.start)
            #expect(try await store.budget(planID: planID, project: 1).isEmpty)
            let deletions = try await store.auditEntries(planID: planID, limit: 2)
            #expect(deletions.map(\.action) == ["budget.line.delete", "budget.spending.delete"])
            #expect(deletions.allSatisfy { $0.before != nil })
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func reloadingThePlanLeavesBudgetsAlone(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let line = try await store.saveBudgetLine(Self.line(), planID: planID, expectedVersion: 0, by: "caiwu", at: F.start)
            var plan = SamplePlan.make()
            plan.projects.removeAll { $0.number == 1 }
            plan.indicators.removeAll { $0.project == 1 }
            plan.phases.removeAll { $0.project == 1 }
            #expect(try await store.load(plan, by: "规划发展处", at: F.start).status == .updated)

            #expect(try await store.budget(planID: planID, project: 1).lines == [line])
        }
    }
}
