import Foundation
import Logging
import ReformPlan
import SQLKit

/// The plans repository: stores whole `Plan`s in SQLite or PostgreSQL through
/// one SQLKit implementation, keeps their ids stable across reloads, and keeps
/// a history of what each reload changed.
///
/// Open with `open(_:)`, call `migrate()` once at start-up, and `close()` when
/// done: the store owns threads that only `close()` stops.
public actor PlanStore {
    private let connection: Connection
    private var isClosed = false
    /// Tests only: called after each step of a load (see `PlanWriter.afterStep`).
    var afterLoadStep: @Sendable (String) throws -> Void = { _ in }
    /// Changes waiting for the next commit, and whether one is under way (see `change`).
    var pendingChanges: [PendingChange] = []
    var isCommitting = false

    private init(connection: Connection) { self.connection = connection }

    /// Opens the database, failing with `StoreError.cannotOpen` when the file
    /// cannot be opened or the server cannot be reached.
    public static func open(_ location: DatabaseLocation,
                            logger: Logger = Logger(label: "luoshi.store")) async throws -> PlanStore {
        PlanStore(connection: try await Connection.open(location, logger: logger))
    }

    /// Stops the connections and the store's threads. Calling it twice is harmless.
    public func close() async throws {
        guard !isClosed else { return }
        isClosed = true
        try await connection.close()
    }

    /// Applies the migrations not yet applied; running it again does nothing.
    public func migrate() async throws {
        try await Migrations.run(on: try open())
    }

    /// Stores `plan` in one transaction: as a new plan, as revision n+1 of the
    /// stored plan with the same key (updated in place), or not at all when the
    /// stored plan is identical. On any error nothing of the load is kept.
    public func load(_ plan: Plan, by loadedBy: String, at date: Date) async throws -> LoadOutcome {
        try Self.checkKeys(plan)
        let connection = try open(), afterStep = afterLoadStep
        return try await connection.sql.inTransaction(sqlite: connection.isSQLite) { db in
            if !connection.isSQLite {
                // Instances loading the same plan at once take turns; the later one then finds it stored.
                try await db.raw("SELECT pg_advisory_xact_lock(hashtext(\(bind: plan.key)))").run()
            }
            let stored = try await db.raw("SELECT id, revision FROM plans WHERE plan_key = \(bind: plan.key)").first()
            var changes: [PlanChange] = [], revision = 1, storedID: Int?
            if let stored {
                let id = try stored.int("id"), current = try stored.int("revision")
                let before = try await PlanReader(db: db).plan(id: id)
                if before == plan { return LoadOutcome(planID: id, status: .unchanged, revision: current, changes: []) }
                changes = before.map { $0.changes(to: plan) } ?? []
                (storedID, revision) = (id, current + 1)
            }
            let planID = try await PlanWriter(db: db, afterStep: afterStep).write(plan, over: storedID, revision: revision)
            try await History(db: db).record(planID: planID, revision: revision, by: loadedBy, at: date, changes: changes)
            return LoadOutcome(planID: planID, status: storedID == nil ? .created : .updated,
                               revision: revision, changes: changes)
        }
    }

    public func plans() async throws -> [PlanSummary] {
        try await History(db: try open().reader).summaries()
    }

    /// The plan being supervised: the one chosen in the settings (`plan.current`),
    /// else the newest. `settings` when the caller has them read already.
    public func currentPlanSummary(settings: [String: String]? = nil) async throws -> PlanSummary? {
        let chosenText: String?
        if let settings { chosenText = settings["plan.current"] } else { chosenText = try await setting("plan.current") }
        let chosen = chosenText.flatMap(Int.init)
        let summaries = try await plans()
        return summaries.first(where: { $0.id == chosen }) ?? summaries.max(by: { $0.id < $1.id })
    }

    /// The stored plan, equal to the plan last loaded under its key; nil for an unknown id.
    public func plan(id: Int) async throws -> Plan? {
        let connection = try open()
        // One session, so the plan is read from one state even while a load commits.
        return try await connection.reader.inTransaction(sqlite: connection.isSQLite, readOnly: true) { try await PlanReader(db: $0).plan(id: id) }
    }

    public func revisions(planID: Int) async throws -> [PlanRevision] {
        try await History(db: try open().sql).revisions(planID: planID)
    }

    public func changes(planID: Int, revision: Int) async throws -> [PlanChange] {
        try await History(db: try open().sql).changes(planID: planID, revision: revision)
    }

    /// The ids of a plan's items, for tables that refer to them.
    public func itemIDs(planID: Int) async throws -> PlanItemIDs {
        try await History(db: try open().sql).itemIDs(planID: planID)
    }

    /// Runs one statement outside any store: for an operator's or a test's set-up
    /// that a store cannot do from inside, such as creating the schema it will live in.
    public static func administer(_ statement: String, on location: DatabaseLocation,
                                  logger: Logger = Logger(label: "luoshi.store")) async throws {
        let connection = try await Connection.open(location, logger: logger)
        do {
            try await connection.sql.raw(SQLQueryString(statement)).run()
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// The number of the last migration applied to a migrated database.
    public func schemaVersion() async throws -> Int {
        try await Migrations.appliedNumbers(try open().sql).max() ?? 0
    }

    /// Tests only: makes the next loads fail right after `step` was written.
    func injectFault(after step: String) {
        afterLoadStep = { if $0 == step { throw InjectedFault(step: step) } }
    }

    struct InjectedFault: Error { let step: String }

    func rowCounts() async throws -> [String: Int] {
        try await History(db: try open().sql).rowCounts()
    }

    /// The connection, or `StoreError.closed`; the extensions in PlanStore+*.swift use it too.
    func open() throws -> Connection {
        guard !isClosed else { throw StoreError.closed }
        return connection
    }

    /// The store identifies items by these keys; a plan that repeats one cannot be
    /// updated in place, so it is refused before anything is written.
    static func checkKeys(_ plan: Plan) throws {
        func unique(_ path: String, _ keys: [String]) throws {
            var seen = Set<String>()
            for key in keys where !seen.insert(key).inserted { throw StoreError.duplicateItem(path: path, key: key) }
        }
        try unique("projects", plan.projects.map { "\($0.number)" })
        try unique("tasks", plan.tasks.map { "\($0.number)" })
        try unique("phases", plan.phases.map { "\($0.stream).\($0.order)" })
        try unique("units", plan.units.map(\.name))
    }
}
