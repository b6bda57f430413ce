import Foundation
import ReformPlan
import SQLKit

/// 提醒, the ladder's first rung: reminders the rules say are owed, each sent
/// once. The key of every reminder sent is kept; a reminder already kept is
/// skipped, so a second look the same day, or a second instance looking at
/// the same moment, sends nothing new.
extension PlanStore {
    /// Records the reminders not sent before, each with an audit entry and its
    /// message in the outbox, and returns those. `today` is the day they are sent on.
    @discardableResult
    public func sendReminders(_ reminders: [Reminder], planID: Int, today: Day, by actor: String, at date: Date) async throws -> [Reminder] {
        guard !reminders.isEmpty else { return [] }
        return try await change { db, _ in
            var sent: [Reminder] = [], events: [AuditEvent] = []
            for reminder in reminders {
                let fresh = try await db.raw("""
                    INSERT INTO reminders_sent (plan_id, reminder_key, kind, unit, sent_on, created_at)
                    VALUES (\(bind: planID), \(bind: reminder.key), \(bind: reminder.message.kind.rawValue),
                            \(bind: reminder.message.recipient.name), \(bind: today.description), \(bind: Timestamp.text(date)))
                    ON CONFLICT (plan_id, reminder_key) DO NOTHING RETURNING reminder_key
                    """).first()
                guard fresh != nil else { continue }
                sent.append(reminder)
                events.append(AuditEvent(actor: actor, at: date, action: "reminder.send", entity: "reminder", entityID: reminder.key,
                                         planID: planID, after: try AuditJSON.text(["unit": reminder.message.recipient.name,
                                                                                    "subject": reminder.message.subject,
                                                                                    "day": today.description]),
                                         messages: [reminder.message]))
            }
            return (sent, events)
        }
    }

    /// The reminders a plan has sent, newest first: (key, kind, unit, day).
    public func remindersSent(planID: Int, unit: String? = nil) async throws -> [(key: String, kind: Message.Kind, unit: String, day: Day)] {
        var query: SQLQueryString = "SELECT * FROM reminders_sent WHERE plan_id = \(bind: planID)"
        if let unit { query += " AND unit = \(bind: unit)" }
        return try await open().reader.raw(query + " ORDER BY created_at DESC, reminder_key").all().compactMap { row in
            guard let kind = Message.Kind(rawValue: try row.string("kind")) else { return nil }
            return (try row.string("reminder_key"), kind, try row.string("unit"), try row.day("sent_on", in: "reminders_sent"))
        }
    }
}
