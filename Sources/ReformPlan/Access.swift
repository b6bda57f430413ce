/// Who may do what: the one table of role × operation that every page and
/// every API operation consults, so tests can walk the whole matrix.
public enum Operation: String, Hashable, Sendable, CaseIterable {
    /// Dashboard, projects, phases, indicators, the directory.
    case readPlan
    /// Reports that have left the draft stage (submitted, returned, accepted).
    case readSubmittedReport
    /// A report still in draft.
    case readDraftReport
    /// Save a draft of a unit's report.
    case editReport
    case submitReport
    /// Accept a report or return it with a comment.
    case reviewReport
    case readNotice
    case issueNotice
    case signNotice
    case replyNotice
    case closeNotice
    case escalateNotice
    /// Leaders' and supervisors' comments on a project.
    case comment
    case importPlan
    case readAudit
    case manageAccounts
    case manageSettings
    /// Personal access tokens for the JSON API.
    case manageOwnTokens
    /// Hand an indicator's target down to districts, and set how it rolls up.
    case editTargets
    /// Enter an indicator's values for divisions (a district's spreadsheet):
    /// a district bureau's reporter for the divisions under its own district.
    case enterValues
    /// Make and keep a sub-plan under the city plan, accept the city's changes to
    /// it and report progress on it: a unit for its own, the supervisor for any.
    case editSubPlan
    /// A project's budget lines, spending, vouchers and execution rate.
    case readBudget
    /// Add, change and remove budget lines and spending (局财务处 and the supervisor).
    case editBudget
    /// Issued bulletins, half-year summaries and assessment results, and the quarterly view:
    /// published to every unit.
    case readDocuments
    /// Drafts of those documents, before they are issued.
    case readDraftDocuments
    /// Draft, edit, issue and correct them (六(五): the supervising office).
    case draftDocuments
    /// The year-end assessment's scores: everyone's for those who run or lead
    /// it, a unit's own itemised score for its reporter.
    case readAssessment
    /// Change the scheme, try a what-if, record events, adjust a score, answer
    /// objections and publish the result.
    case runAssessment
    /// Object to the unit's own published score, within the scheme's window.
    case fileObjection
    /// Publicity pieces: a unit's own, and all of them for the office that receives them.
    case readPublicity
    /// Send a publicity piece for the account's own unit (六(四)).
    case submitPublicity
    /// Adopt, return or file a piece: the office the notice names for them
    /// (its unit is what the piece belongs to, for this check), and the supervisor.
    case decidePublicity
    /// The outbox: what was sent to whom and whether it arrived (a unit's own messages for its reporter).
    case readMessages
    /// Set up where a unit or person is told things (e-mail, DingTalk, WeCom), send a test, and
    /// send a dead message again: a unit's own for its reporter, all for the supervisor and administrator.
    case manageChannels
    /// The escalation ladder: every unit's for those who run or lead the supervision, a unit's own for its reporter.
    case readLadder
    /// Record a 催办, a 约谈 with its outcome, or a 问责 referral and its result: the
    /// supervising office, and the leaders who hold the interviews.
    case escalate
    /// The ladder's rules (how many days late, how many presses) and, in the demo, moving its clock on.
    case setEscalationRules
    /// Call and minute meetings and record their decisions; run special inspections, their findings and
    /// rectification items; close a tracked action or send its report back (the supervising office).
    case runMeetings
    /// Report a tracked action (a decision, a rectification item) done, with its evidence: the owner unit's reporter.
    case reportAction
}

/// How far a grant reaches.
public enum Scope: String, Hashable, Sendable {
    case none
    /// Only where the account's unit answers: the unit's own report, a
    /// notice addressed to the unit, a project the unit is responsible for.
    case ownUnit
    case all
}

public enum Access {
    /// The table. A role missing from an operation's row has no grant.
    public static let table: [Operation: [Role: Scope]] = [
        .readPlan: [.administrator: .all, .supervisor: .all, .leader: .all, .reporter: .all, .viewer: .all, .finance: .all],
        .readSubmittedReport: [.administrator: .all, .supervisor: .all, .leader: .all, .reporter: .all, .viewer: .all,
                               .finance: .all],
        .readDraftReport: [.supervisor: .all, .leader: .all, .reporter: .ownUnit],
        .editReport: [.reporter: .ownUnit],
        .submitReport: [.reporter: .ownUnit],
        .reviewReport: [.supervisor: .all],
        .readNotice: [.administrator: .all, .supervisor: .all, .leader: .all, .reporter: .all, .viewer: .all, .finance: .all],
        .issueNotice: [.supervisor: .all],
        .signNotice: [.reporter: .ownUnit],
        .replyNotice: [.reporter: .ownUnit],
        .closeNotice: [.supervisor: .all],
        .escalateNotice: [.supervisor: .all],
        .comment: [.supervisor: .all, .leader: .all],
        .importPlan: [.supervisor: .all],
        .readAudit: [.administrator: .all, .supervisor: .all, .leader: .all],
        .manageAccounts: [.administrator: .all],
        .manageSettings: [.administrator: .all],
        .editTargets: [.supervisor: .all],
        .enterValues: [.supervisor: .all, .reporter: .ownUnit],
        .editSubPlan: [.supervisor: .all, .reporter: .ownUnit],
        .manageOwnTokens: [.administrator: .all, .supervisor: .all, .leader: .all, .reporter: .all, .viewer: .all,
                           .finance: .all],
        // Whoever reads the plan reads its budgets: the money is public within the
        // bureau like the progress it pays for, and 执行率 sits beside that progress.
        .readBudget: [.administrator: .all, .supervisor: .all, .leader: .all, .reporter: .all, .viewer: .all, .finance: .all],
        .editBudget: [.supervisor: .all, .finance: .all],
        .readDocuments: [.administrator: .all, .supervisor: .all, .leader: .all, .reporter: .all, .viewer: .all,
                         .finance: .all],
        // Leaders read drafts: a bulletin names units, and a leader may want a word changed before it goes out.
        .readDraftDocuments: [.supervisor: .all, .leader: .all],
        .draftDocuments: [.supervisor: .all],
        .readAssessment: [.administrator: .all, .supervisor: .all, .leader: .all, .reporter: .ownUnit],
        .runAssessment: [.supervisor: .all],
        .fileObjection: [.reporter: .ownUnit],
        .readPublicity: [.administrator: .all, .supervisor: .all, .leader: .all, .reporter: .ownUnit],
        .submitPublicity: [.supervisor: .ownUnit, .reporter: .ownUnit],
        .decidePublicity: [.supervisor: .all, .reporter: .ownUnit],
        .readMessages: [.administrator: .all, .supervisor: .all, .leader: .all, .reporter: .ownUnit],
        .manageChannels: [.administrator: .all, .supervisor: .all, .reporter: .ownUnit],
        .readLadder: [.administrator: .all, .supervisor: .all, .leader: .all, .reporter: .ownUnit],
        .escalate: [.supervisor: .all, .leader: .all],
        .setEscalationRules: [.supervisor: .all],
        .runMeetings: [.supervisor: .all],
        .reportAction: [.reporter: .ownUnit],
    ]

    public static func scope(of role: Role, for operation: Operation) -> Scope {
        table[operation]?[role] ?? .none
    }

    /// Whether `account` may do `operation` on something that belongs to
    /// `units` (the report's unit, the notice's addressee, the project's
    /// answering units). An empty `units` asks about the operation in general:
    /// an own-unit grant then needs the account to have a unit.
    ///
    /// Two rules sit beside the table because they are about the person, not
    /// the role: a disabled account may do nothing, and nobody reviews a
    /// report of their own unit.
    public static func allows(_ account: Account, _ operation: Operation, units: [String] = []) -> Bool {
        guard !account.disabled else { return false }
        switch scope(of: account.role, for: operation) {
        case .none:
            return false
        case .all:
            if operation == .reviewReport, let own = account.unit, units.contains(own) { return false }
            return true
        case .ownUnit:
            guard let own = account.unit else { return false }
            return units.isEmpty || units.contains(own)
        }
    }
}

extension ProgressReport {
    /// What reading this report takes: a draft has not been said yet, so it
    /// is for fewer eyes than a report that has left the unit.
    public var readOperation: Operation { state == .draft ? .readDraftReport : .readSubmittedReport }
}
