import Foundation
import ReformPlan
import SQLKit

/// Reads and writes `supervision_notices` rows.
enum NoticeRows {
    static func notice(_ row: any SQLRow) throws -> SupervisionNotice {
        let t = "supervision_notices"
        let stream = try row.int(ifAny: "phase_stream"), ordinal = try row.int(ifAny: "phase_ordinal")
        return SupervisionNotice(
            id: try row.int64("id"), year: try row.int("year"), serial: try row.int("serial"),
            unit: try row.string("unit"), project: try row.int("project"),
            phase: stream.flatMap { s in ordinal.map { PhaseKey(stream: s, order: $0) } },
            reason: try row.string("reason"), replyDue: try row.day("reply_due", in: t),
            state: try row.value("state", in: t), issuedBy: try row.string("issued_by"),
            issuedOn: try row.day("issued_on", in: t), signedBy: try row.string(ifAny: "signed_by"),
            signedAt: try row.date(ifAny: "signed_at", in: t), reply: try row.string(ifAny: "reply"),
            repliedBy: try row.string(ifAny: "replied_by"), repliedAt: try row.date(ifAny: "replied_at", in: t),
            closingNote: try row.string(ifAny: "closing_note"), escalatedTo: try row.string(ifAny: "escalated_to"))
    }

    /// Every column but id, plan, year and serial, which never change after issue.
    static let columns = ["unit", "project", "phase_stream", "phase_ordinal", "reason", "reply_due", "state",
                          "issued_by", "issued_on", "signed_by", "signed_at", "reply", "replied_by", "replied_at",
                          "closing_note", "escalated_to"]

    static func values(_ n: SupervisionNotice) -> Values {
        [n.unit, n.project, n.phase?.stream, n.phase?.order, n.reason, n.replyDue.description, n.state.rawValue,
         n.issuedBy, n.issuedOn.description, n.signedBy, n.signedAt.map(Timestamp.text), n.reply, n.repliedBy,
         n.repliedAt.map(Timestamp.text), n.closingNote, n.escalatedTo]
    }

    /// The audit action for a change of state: notice.sign, .reply, .close,
    /// .escalate; notice.update when the state stays (or goes back to issued).
    static func auditAction(from before: SupervisionNotice.State, to after: SupervisionNotice.State) -> String {
        if before == after { return "notice.update" }
        return switch after {
        case .signed: "notice.sign"
        case .replied: "notice.reply"
        case .closed: "notice.close"
        case .escalated: "notice.escalate"
        case .issued: "notice.update"
        }
    }
}
