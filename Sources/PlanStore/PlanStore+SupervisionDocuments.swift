import Foundation
import ReformPlan
import SQLKit

/// Bulletins, half-year summaries and assessment results: drafts, issuing
/// under the next number of the year, the frozen files, and read receipts.
extension PlanStore {
    /// Creates a draft (`id` nil; one draft per plan, kind and period) or
    /// saves an edited one: `expectedVersion` is the version the editor
    /// started from, and another save in between is a `versionConflict`.
    /// An issued document is never edited: `stateConflict`.
    @discardableResult
    public func saveDocumentDraft(_ document: SupervisionDocument, expectedVersion: Int, by actor: String,
                                  at date: Date) async throws -> SupervisionDocument {
        try await change { db, sqlite in
            try await Self.requirePlan(document.planID, in: db)
            let stamp = Timestamp.text(date)
            var saved = document
            saved.state = .draft
            saved.version = expectedVersion + 1
            saved.updatedBy = actor
            saved.updatedAt = date
            if let id = document.id {
                guard let row = try await db.raw("SELECT state, version, updated_by FROM supervision_documents WHERE id = \(bind: id)"
                    + .forUpdate(sqlite: sqlite)).first() else {
                    throw StoreError.notFound(entity: "document", id: String(id))
                }
                let state = try row.string("state")
                guard state == SupervisionDocument.State.draft.rawValue else {
                    throw StoreError.stateConflict(entity: "document", id: String(id), current: state)
                }
                let current = try row.int("version")
                guard current == expectedVersion else {
                    throw StoreError.versionConflict(current: current, updatedBy: try row.string(ifAny: "updated_by"))
                }
                try await db.raw("""
                    UPDATE supervision_documents SET title = \(bind: document.title), facts = \(bind: document.facts),
                        narrative = \(bind: document.narrative), corrects_id = \(bind: document.corrects),
                        version = \(bind: saved.version), updated_by = \(bind: actor), updated_at = \(bind: stamp)
                    WHERE id = \(bind: id)
                    """).run()
            } else {
                if let other = try await db.raw("""
                    SELECT id FROM supervision_documents WHERE plan_id = \(bind: document.planID)
                    AND kind = \(bind: document.kind.rawValue) AND period = \(bind: document.period) AND state = 'draft'
                    """).first() {
                    throw StoreError.stateConflict(entity: "document", id: String(try other.int64("id")), current: "draft")
                }
                let row = try await db.insert(into: "supervision_documents")
                    .columns("plan_id", "kind", "period", "state", "title", "facts", "narrative", "corrects_id", "version",
                             "created_by", "created_at", "updated_by", "updated_at")
                    .values(document.planID, document.kind.rawValue, document.period, "draft", document.title,
                            document.facts, document.narrative, document.corrects, saved.version, actor, stamp, actor, stamp)
                    .returning("id").first()
                saved.id = try row!.int64("id")
            }
            return (saved, [AuditEvent(actor: actor, at: date, action: document.id == nil ? "document.draft" : "document.edit",
                                       entity: "document", entityID: String(saved.id!), planID: document.planID,
                                       after: try AuditJSON.text(["kind": [document.kind.rawValue], "period": [document.period],
                                                                  "title": [document.title], "narrative": [document.narrative]]))])
        }
    }

    /// What a renderer makes of an issued document: the frozen text (JSON) and its files.
    public struct IssuedFiles: Sendable {
        public var text: String
        public var docx: Data
        public var xlsx: Data

        public init(text: String, docx: Data, xlsx: Data) {
            self.text = text
            self.docx = docx
            self.xlsx = xlsx
        }
    }

    /// Issues a draft: the next serial of its kind in the year of `issuedOn`,
    /// the number from `pattern` ("{年}", "{号}"), the text and files made by
    /// `render` with that number, all stored in one transaction, with a message
    /// to each of `units` in the outbox. From then on the document is frozen.
    @discardableResult
    public func issueDocument(id: Int64, expectedVersion: Int, pattern: String, issuedOn: Day, by actor: String, at date: Date,
                              notifying units: [String] = [],
                              render: @escaping @Sendable (_ number: String) throws -> IssuedFiles) async throws -> SupervisionDocument {
        try await change { db, sqlite in
            var document = try await Self.lockedDraft(id, db, sqlite)
            guard document.version == expectedVersion else {
                throw StoreError.versionConflict(current: document.version, updatedBy: document.updatedBy)
            }
            // Issuing is serialized per plan (the plan's row locked on PostgreSQL; SQLite has one
            // writer), so two instances never read the same highest serial.
            _ = try await db.raw("SELECT id FROM plans WHERE id = \(bind: document.planID)" + .forUpdate(sqlite: sqlite)).first()
            let last = try await db.raw("""
                SELECT MAX(serial) AS serial FROM supervision_documents
                WHERE plan_id = \(bind: document.planID) AND kind = \(bind: document.kind.rawValue) AND year = \(bind: issuedOn.year)
                """).first()?.int(ifAny: "serial") ?? 0
            let serial = last + 1
            let number = Letterhead.number(pattern, year: issuedOn.year, serial: serial)
            let files = try render(number)
            try await db.raw("""
                UPDATE supervision_documents SET state = 'issued', year = \(bind: issuedOn.year), serial = \(bind: serial),
                    number = \(bind: number), issued_text = \(bind: files.text), docx = \(bind: files.docx),
                    xlsx = \(bind: files.xlsx), issued_on = \(bind: issuedOn.description), issued_by = \(bind: actor),
                    issued_at = \(bind: Timestamp.text(date)), version = \(bind: document.version + 1),
                    updated_by = \(bind: actor), updated_at = \(bind: Timestamp.text(date))
                WHERE id = \(bind: id)
                """).run()
            document.state = .issued
            document.year = issuedOn.year
            document.serial = serial
            document.number = number
            document.issuedText = files.text
            document.issuedOn = issuedOn
            document.issuedBy = actor
            document.version += 1
            return (document, [AuditEvent(actor: actor, at: date, action: "document.issue", entity: "document",
                                          entityID: String(id), planID: document.planID,
                                          after: try AuditJSON.text(["number": [number], "title": [document.title],
                                                                     "docxBytes": [String(files.docx.count)]]),
                                          messages: Messages.documentIssued(document, units: units))])
        }
    }

    /// Throws a draft away; an issued document stays for ever.
    public func deleteDocumentDraft(id: Int64, by actor: String, at date: Date) async throws {
        try await change { db, sqlite in
            let document = try await Self.lockedDraft(id, db, sqlite)
            try await db.raw("DELETE FROM supervision_documents WHERE id = \(bind: id)").run()
            return ((), [AuditEvent(actor: actor, at: date, action: "document.discard", entity: "document",
                                    entityID: String(id), planID: document.planID,
                                    before: try AuditJSON.text(["title": [document.title], "period": [document.period]]))])
        }
    }

    /// The plan's documents of a kind (every kind when nil), newest period first, without their files.
    public func supervisionDocuments(planID: Int, kind: SupervisionDocument.Kind? = nil) async throws -> [SupervisionDocument] {
        let filter: SQLQueryString = kind.map { " AND kind = \(bind: $0.rawValue)" } ?? ""
        return try await open().reader.raw("SELECT " + Self.documentColumns + " FROM supervision_documents WHERE plan_id = \(bind: planID)"
            + filter + " ORDER BY period DESC, id DESC").all().map(Self.supervisionDocument)
    }

    public func supervisionDocument(id: Int64) async throws -> SupervisionDocument? {
        try await open().reader.raw("SELECT " + Self.documentColumns + " FROM supervision_documents WHERE id = \(bind: id)")
            .first().map(Self.supervisionDocument)
    }

    /// The issued DOCX or XLSX, byte for byte as issued; nil for a draft.
    public func documentFile(id: Int64, docx: Bool) async throws -> Data? {
        let column = docx ? "docx" : "xlsx"
        guard let row = try await open().reader.raw("SELECT " + SQLQueryString(column) + " FROM supervision_documents WHERE id = \(bind: id)")
            .first() else { return nil }
        return try row.decode(column: column, as: Data?.self)
    }

    /// Records that `login` opened an issued document; the first opening
    /// stands. True when this was the first.
    @discardableResult
    public func markRead(documentID: Int64, login: String, unit: String?, at date: Date) async throws -> Bool {
        // Read first: most openings are not the first, and need no write.
        let known = try await open().reader.raw("""
            SELECT login FROM document_receipts WHERE document_id = \(bind: documentID) AND login = \(bind: login)
            """).first()
        guard known == nil else { return false }
        return try await change { db, _ in
            // Two tabs opening it at once: the second insert is ignored, not an error.
            let inserted = try await db.insert(into: "document_receipts").columns("document_id", "login", "unit", "read_at")
                .values(documentID, login, unit, Timestamp.text(date))
                .ignoringConflicts(with: ["document_id", "login"]).returning("login").first()
            return (inserted != nil, [])
        }
    }

    /// The documents `login` has opened, for the to-do list's unread ones.
    public func documentsRead(by login: String) async throws -> Set<Int64> {
        Set(try await open().reader.raw("SELECT document_id FROM document_receipts WHERE login = \(bind: login)")
            .all().map { try $0.int64("document_id") })
    }

    public func receipts(documentID: Int64) async throws -> [ReadReceipt] {
        try await open().reader.raw("""
            SELECT * FROM document_receipts WHERE document_id = \(bind: documentID) ORDER BY read_at, login
            """).all().map { row in
            ReadReceipt(login: try row.string("login"), unit: try row.string(ifAny: "unit"),
                        readAt: try row.date("read_at", in: "document_receipts"))
        }
    }

    /// The document, locked for the change, provided it is still a draft.
    static func lockedDraft(_ id: Int64, _ db: any SQLDatabase, _ sqlite: Bool) async throws -> SupervisionDocument {
        guard let row = try await db.raw("SELECT " + documentColumns + " FROM supervision_documents WHERE id = \(bind: id)"
            + .forUpdate(sqlite: sqlite)).first() else {
            throw StoreError.notFound(entity: "document", id: String(id))
        }
        let document = try supervisionDocument(row)
        guard document.state == .draft else {
            throw StoreError.stateConflict(entity: "document", id: String(id), current: document.state.rawValue)
        }
        return document
    }

    /// Every column but the files, which only a download reads.
    static let documentColumns: SQLQueryString = "id, plan_id, kind, period, state, title, facts, narrative, year, serial, number, "
        + "issued_text, issued_on, issued_by, corrects_id, version, updated_by, updated_at"

    static func supervisionDocument(_ row: any SQLRow) throws -> SupervisionDocument {
        SupervisionDocument(
            id: try row.int64("id"), planID: try row.int("plan_id"),
            kind: try row.value("kind", in: "supervision_documents"), period: try row.string("period"),
            state: try row.value("state", in: "supervision_documents"), title: try row.string("title"),
            facts: try row.string("facts"), narrative: try row.string("narrative"), year: try row.int(ifAny: "year"),
            serial: try row.int(ifAny: "serial"), number: try row.string(ifAny: "number"),
            issuedText: try row.string(ifAny: "issued_text"),
            issuedOn: try row.day(ifAny: "issued_on", in: "supervision_documents"),
            issuedBy: try row.string(ifAny: "issued_by"),
            corrects: try row.decode(column: "corrects_id", as: Int64?.self), version: try row.int("version"),
            updatedBy: try row.string(ifAny: "updated_by"),
            updatedAt: try row.date(ifAny: "updated_at", in: "supervision_documents"))
    }
}
