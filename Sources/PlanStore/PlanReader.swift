import ReformPlan
import SQLKit

/// Rebuilds a stored plan exactly as it was loaded: same order everywhere, nil
/// where nil was given and "" where "" was. A query per table, not per item.
struct PlanReader {
    let db: any SQLDatabase

    func plan(id: Int) async throws -> Plan? {
        guard let row = try await db.raw("SELECT * FROM plans WHERE id = \(bind: id)").first() else { return nil }
        var notice = Notice(
            title: try row.string("title"), noticeTitle: try row.string(ifAny: "notice_title"),
            documentNumber: try row.string(ifAny: "document_number"), year: try row.int(ifAny: "year"),
            issuer: try row.string(ifAny: "issuer"), issuedDate: try row.day(ifAny: "issued_date", in: "plans"),
            publishedDate: try row.day(ifAny: "published_date", in: "plans"),
            supervisingUnit: try row.string(ifAny: "supervising_unit"), sourceText: try row.string(ifAny: "source_text"))
        notice.addressees = try await list("plan_addressees", id) { try $0.string("name") }
        notice.references = try await list("plan_references", id) {
            DocumentReference(title: try $0.string(ifAny: "title"), number: try $0.string(ifAny: "number"))
        }
        notice.attachments = try await list("plan_attachments", id) { try $0.string("name") }
        notice.leaders = try await list("plan_leaders", id) {
            NamedLeader(name: try $0.string("name"), title: try $0.string("title"), role: try $0.string(ifAny: "role"))
        }
        notice.contacts = try await list("plan_contacts", id) {
            Contact(unit: try $0.string(ifAny: "unit"), person: try $0.string(ifAny: "person"),
                    phone: try $0.string(ifAny: "phone"), email: try $0.string(ifAny: "email"),
                    purpose: try $0.string("purpose"))
        }
        notice.supervisionSchedule = try await list("supervision_activities", id) {
            SupervisionActivity(cadence: try $0.value("cadence", in: "supervision_activities"),
                                activity: try $0.string("activity"), text: try $0.string("text"))
        }
        notice.sections = try await list("plan_sections", id) {
            Section(number: try $0.int("number"), heading: try $0.string("heading"), text: try $0.string("text"))
        }
        var plan = Plan(notice: notice)
        try await readItems(into: &plan, planID: id)
        plan.findings = try await list("findings", id) {
            Finding(line: try $0.int("line"), column: try $0.int("col"),
                    severity: try $0.value("severity", in: "findings"), message: try $0.string("message"))
        }
        return plan
    }

    /// A plan's rows of `table` in order, each made into a value.
    func list<T>(_ table: String, _ planID: Int, _ make: (any SQLRow) throws -> T) async throws -> [T] {
        try await db.raw("SELECT * FROM \(ident: table) WHERE plan_id = \(bind: planID) ORDER BY position")
            .all().map(make)
    }

    /// Unit names linked to each owner by role, in order: [owner id: [role: names]].
    func unitLinks(_ table: String, owner: String, ownerTable: String, planID: Int) async throws -> [Int: [String: [String]]] {
        let rows = try await db.raw("""
            SELECT l.\(ident: owner) AS owner, l.role, u.name FROM \(ident: table) l
            JOIN units u ON u.id = l.unit_id
            WHERE l.\(ident: owner) IN (SELECT id FROM \(ident: ownerTable) WHERE plan_id = \(bind: planID))
            ORDER BY l.\(ident: owner), l.role, l.position
            """).all()
        var links: [Int: [String: [String]]] = [:]
        for row in rows {
            links[try row.int("owner"), default: [:]][try row.string("role"), default: []].append(try row.string("name"))
        }
        return links
    }
}
