import ArgumentParser
import Foundation
import PlanStore
import ReformPlan

/// `--database PATH` for an SQLite file; otherwise `LUOSHI_DATABASE_URL`
/// (a postgres:// URL or a path), otherwise `luoshi.sqlite` here.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite database file (default: luoshi.sqlite, or LUOSHI_DATABASE_URL).")
    var database: String?

    func location() throws -> DatabaseLocation {
        if let database { return .sqlite(path: database) }
        do {
            return try DatabaseLocation.fromEnvironment()
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// Opens and migrates the store, runs `body`, and closes it whatever happens.
    func withStore<T>(_ body: (PlanStore) async throws -> T) async throws -> T {
        let location = try location()
        let store: PlanStore
        do {
            store = try await PlanStore.open(location)
            try await store.migrate()
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
        do {
            let result = try await body(store)
            try await store.close()
            return result
        } catch {
            try? await store.close()
            if let storeError = error as? StoreError { throw CommandFailure(storeError.description) }
            throw error
        }
    }
}

/// `--plan ID`, or the only plan there is.
struct PlanChoice: ParsableArguments {
    @Option(name: .long, help: "The plan's id (see `luoshi plans`); may be left out when there is only one.")
    var plan: Int?

    /// The chosen plan itself.
    func plan(in store: PlanStore) async throws -> Plan {
        guard let plan = try await store.plan(id: try await id(in: store)) else {
            throw CommandFailure("计划不存在。 (No such plan.)")
        }
        return plan
    }

    func id(in store: PlanStore) async throws -> Int {
        let plans = try await store.plans()
        if let plan {
            guard plans.contains(where: { $0.id == plan }) else {
                throw CommandFailure("没有编号为\(plan)的计划。 (No plan \(plan).) 现有: " + plans.map { "\($0.id) \($0.title)" }.joined(separator: "; "))
            }
            return plan
        }
        switch plans.count {
        case 0: throw CommandFailure("数据库里还没有计划：先运行 luoshi load PLAN.yaml。 (No plans yet: run luoshi load first.)")
        case 1: return plans[0].id
        default:
            throw CommandFailure("有多个计划，请用 --plan 指定： (Several plans; choose one with --plan:)\n"
                + plans.map { "  \($0.id)  \($0.title)" }.joined(separator: "\n"))
        }
    }
}
