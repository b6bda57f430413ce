import Foundation
import ReformPlan
import SQLKit

/// Meetings and special inspections: kept with the lines of their agendas,
/// attendees, scopes and teams as JSON arrays; an inspection's findings are
/// kept with the rectification items they give, in one transaction.
extension PlanStore {
    /// Keeps a new meeting (`expectedVersion` 0) or a change to one at the version shown; `notify` are
    /// the units told of it (of a new meeting, or of a change of its day, time or place).
    @discardableResult
    public func saveMeeting(_ meeting: Meeting, expectedVersion: Int, notify: [String] = [], by actor: String, at date: Date) async throws -> Meeting {
        try await change { db, sqlite in
            try await Self.requirePlan(meeting.planID, in: db)
            var saved = meeting
            let attendees = try AuditJSON.text(meeting.attendees), agenda = try AuditJSON.text(meeting.agenda)
            if let id = meeting.id {
                guard let row = try await db.raw("SELECT version, created_by FROM meetings WHERE id = \(bind: id)"
                    + .forUpdate(sqlite: sqlite)).first() else { throw StoreError.notFound(entity: "meeting", id: String(id)) }
                let current = try row.int("version")
                guard current == expectedVersion else { throw StoreError.versionConflict(current: current, updatedBy: try row.string("created_by")) }
                saved.version = current + 1
                try await db.raw("""
                    UPDATE meetings SET kind = \(bind: meeting.kind.rawValue), title = \(bind: meeting.title), day = \(bind: meeting.day.description),
                        start_minute = \(bind: meeting.startMinute), duration_minutes = \(bind: meeting.durationMinutes),
                        place = \(bind: meeting.place), chair = \(bind: meeting.chair), attendees = \(bind: attendees),
                        agenda = \(bind: agenda), minutes = \(bind: meeting.minutes), version = \(bind: saved.version) WHERE id = \(bind: id)
                    """).run()
            } else {
                let row = try await db.insert(into: "meetings")
                    .columns("plan_id", "kind", "title", "day", "start_minute", "duration_minutes", "place", "chair", "attendees", "agenda",
                             "minutes", "created_by", "created_at", "version")
                    .values(meeting.planID, meeting.kind.rawValue, meeting.title, meeting.day.description, meeting.startMinute,
                            meeting.durationMinutes, meeting.place, meeting.chair, attendees, agenda, meeting.minutes, actor,
                            Timestamp.text(date), 1)
                    .returning("id").first()
                saved.id = try row!.int64("id")
                saved.version = 1
                saved.createdBy = actor
            }
            let messages = notify.map { Messages.meetingCalled(saved, unit: $0, changed: meeting.id != nil) }
            return (saved, [AuditEvent(actor: actor, at: date, action: meeting.id == nil ? "meeting.create" : "meeting.update",
                                       entity: "meeting", entityID: String(saved.id!), planID: meeting.planID,
                                       after: try AuditJSON.text(["title": meeting.title, "day": meeting.day.description,
                                                                  "agenda": meeting.agenda.joined(separator: "\n"),
                                                                  "minutes": meeting.minutes]),
                                       messages: messages)])
        }
    }

    public func meetings(planID: Int) async throws -> [Meeting] {
        try await open().reader.raw("SELECT * FROM meetings WHERE plan_id = \(bind: planID) ORDER BY day DESC, id DESC").all().map(Self.meeting)
    }

    public func meeting(id: Int64) async throws -> Meeting? {
        try await open().reader.raw("SELECT * FROM meetings WHERE id = \(bind: id)").first().map(Self.meeting)
    }

    static func meeting(_ row: any SQLRow) throws -> Meeting {
        Meeting(id: try row.int64("id"), planID: try row.int("plan_id"), kind: try row.value("kind", in: "meetings"),
                title: try row.string("title"), day: try row.day("day", in: "meetings"), startMinute: try row.int("start_minute"),
                durationMinutes: try row.int("duration_minutes"), place: try row.string("place"), chair: try row.string("chair"),
                attendees: try lines(row, "attendees", in: "meetings"), agenda: try lines(row, "agenda", in: "meetings"),
                minutes: try row.string("minutes"), createdBy: try row.string("created_by"), version: try row.int("version"))
    }

    /// A JSON array of strings (or of numbers, for an inspection's projects) kept in a TEXT column.
    static func lines<T: Decodable>(_ row: any SQLRow, _ column: String, in table: String, as _: T.Type = String.self) throws -> [T] {
        let text = try row.string(column)
        guard let values = try? JSONDecoder().decode([T].self, from: Data(text.utf8)) else {
            throw StoreError.unreadable(table: table, column: column, value: String(text.prefix(80)))
        }
        return values
    }

    @discardableResult
    public func createInspection(_ inspection: Inspection, at date: Date) async throws -> Inspection {
        try await change { db, _ in
            try await Self.requirePlan(inspection.planID, in: db)
            let row = try await db.insert(into: "inspections")
                .columns("plan_id", "title", "theme", "projects", "units", "team", "start_on", "end_on", "created_by", "created_at", "version")
                .values(inspection.planID, inspection.title, inspection.theme, try AuditJSON.text(inspection.projects),
                        try AuditJSON.text(inspection.units), try AuditJSON.text(inspection.team), inspection.startOn.description,
                        inspection.endOn.description, inspection.createdBy, Timestamp.text(date), 1)
                .returning("id").first()
            var saved = inspection
            saved.id = try row!.int64("id")
            saved.version = 1
            return (saved, [AuditEvent(actor: inspection.createdBy, at: date, action: "inspection.create", entity: "inspection",
                                       entityID: String(saved.id!), planID: inspection.planID,
                                       after: try AuditJSON.text(["title": inspection.title, "theme": inspection.theme,
                                                                  "units": inspection.units.joined(separator: "、")]))])
        }
    }

    public func inspections(planID: Int) async throws -> [Inspection] {
        try await open().reader.raw("SELECT * FROM inspections WHERE plan_id = \(bind: planID) ORDER BY start_on DESC, id DESC").all()
            .map(Self.inspection)
    }

    public func inspection(id: Int64) async throws -> Inspection? {
        try await open().reader.raw("SELECT * FROM inspections WHERE id = \(bind: id)").first().map(Self.inspection)
    }

    static func inspection(_ row: any SQLRow) throws -> Inspection {
        Inspection(id: try row.int64("id"), planID: try row.int("plan_id"), title: try row.string("title"), theme: try row.string("theme"),
                   projects: try lines(row, "projects", in: "inspections", as: Int.self), units: try lines(row, "units", in: "inspections"),
                   team: try lines(row, "team", in: "inspections"), startOn: try row.day("start_on", in: "inspections"),
                   endOn: try row.day("end_on", in: "inspections"), createdBy: try row.string("created_by"), version: try row.int("version"))
    }

    /// A finding and the rectification items it gives the unit, kept together or not at all.
    @discardableResult
    public func recordFinding(_ finding: Inspection.Finding, items: [TrackedAction], planID: Int, origin: String,
                              at date: Date) async throws -> (Inspection.Finding, [TrackedAction]) {
        try await change { db, _ in
            guard try await db.raw("SELECT id FROM inspections WHERE id = \(bind: finding.inspectionID) AND plan_id = \(bind: planID)").first() != nil else {
                throw StoreError.notFound(entity: "inspection", id: String(finding.inspectionID))
            }
            let row = try await db.insert(into: "inspection_findings")
                .columns("inspection_id", "unit", "text", "recorded_by", "recorded_on")
                .values(finding.inspectionID, finding.unit, finding.text, finding.recordedBy, finding.recordedOn.description)
                .returning("id").first()
            var saved = finding
            saved.id = try row!.int64("id")
            var events = [AuditEvent(actor: finding.recordedBy, at: date, action: "inspection.finding", entity: "inspection",
                                     entityID: String(finding.inspectionID), planID: planID,
                                     after: try AuditJSON.text(["unit": finding.unit, "text": finding.text]))]
            var actions: [TrackedAction] = []
            for var item in items {
                item.findingID = saved.id
                let (action, event) = try await Self.insertAction(item, origin: origin, in: db, at: date)
                actions.append(action)
                events.append(event)
            }
            return ((saved, actions), events)
        }
    }

    public func findings(inspectionID: Int64) async throws -> [Inspection.Finding] {
        try await open().reader.raw("SELECT * FROM inspection_findings WHERE inspection_id = \(bind: inspectionID) ORDER BY id").all().map { row in
            Inspection.Finding(id: try row.int64("id"), inspectionID: try row.int64("inspection_id"), unit: try row.string("unit"),
                               text: try row.string("text"), recordedBy: try row.string("recorded_by"),
                               recordedOn: try row.day("recorded_on", in: "inspection_findings"))
        }
    }
}
