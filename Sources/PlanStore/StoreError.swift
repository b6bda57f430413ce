import Foundation

/// What can go wrong in the store that a person can do something about: each
/// message says what was wrong and where, never a stack trace.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `LUOSHI_DATABASE_URL` (or another setting) holds a URL that cannot be used.
    case malformedURL(variable: String, value: String, reason: String)
    /// The database could not be opened or reached at start-up.
    case cannotOpen(location: String, reason: String)
    /// The store was used after `close()`.
    case closed
    /// The database holds migrations this program does not know: it was written
    /// by a newer Luoshi, and an older one must not write to it.
    case newerSchema(known: Int, found: Int)
    /// A migration failed; nothing of it was kept.
    case migrationFailed(number: Int, name: String, reason: String)
    /// The plan cannot be stored as given: two items share what identifies them.
    case duplicateItem(path: String, key: String)
    /// A stored value this program cannot read (edited by hand, or a newer program's).
    case unreadable(table: String, column: String, value: String)
    /// An account with this login exists already (logins are unique whatever their case).
    case duplicateLogin(String)
    /// No account has this login.
    case unknownAccount(String)
    /// Someone saved the report since the editor opened it: `current` is the
    /// stored version (0 when there is none yet), `updatedBy` who saved it.
    case versionConflict(current: Int, updatedBy: String?)
    /// The record was changed meanwhile: it is no longer in the state the caller expected.
    case stateConflict(entity: String, id: String, current: String)
    /// A change names a record that does not exist (a plan, an account, a report, a notice).
    case notFound(entity: String, id: String)
    /// The record cannot be removed while `count` others refer to it (a budget line with spending).
    case stillReferenced(entity: String, id: String, count: Int)
    /// A value no record may hold (a negative amount); the caller should have checked it.
    case invalidValue(field: String, value: String)

    public var description: String {
        switch self {
        case let .malformedURL(variable, value, reason):
            "\(variable) is not a usable database URL (“\(value)”): \(reason)."
        case let .cannotOpen(location, reason):
            "Cannot open the database (\(location)): \(reason)."
        case .closed:
            "The plan store has been closed."
        case let .newerSchema(known, found):
            "The database has schema version \(found) but this program knows only up to \(known); use a newer Luoshi."
        case let .migrationFailed(number, name, reason):
            "Migration \(String(format: "%03d", number)) \(name) failed and was rolled back: \(reason)."
        case let .duplicateItem(path, key):
            "The plan lists \(path)[\(key)] more than once; each must be unique for the plan to be stored."
        case let .unreadable(table, column, value):
            "The database holds “\(value)” in \(table).\(column), which this program cannot read."
        case let .duplicateLogin(login):
            "The login “\(login)” is taken."
        case let .unknownAccount(login):
            "There is no account with the login “\(login)”."
        case let .versionConflict(current, updatedBy):
            "The report was saved meanwhile (now version \(current)\(updatedBy.map { " by \($0)" } ?? "")); reload it and make the changes again."
        case let .stateConflict(entity, id, current):
            "The \(entity) \(id) was changed meanwhile and is now \(current)."
        case let .notFound(entity, id):
            "There is no \(entity) \(id)."
        case let .stillReferenced(entity, id, count):
            "The \(entity) \(id) cannot be removed: \(count) records refer to it."
        case let .invalidValue(field, value):
            "“\(value)” is not a valid \(field)."
        }
    }
}
