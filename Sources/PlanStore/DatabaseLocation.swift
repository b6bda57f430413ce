import Foundation

/// Where the store keeps its data: an SQLite file (the default, nothing to set
/// up) or a PostgreSQL database (several instances serving one database).
public enum DatabaseLocation: Hashable, Sendable, CustomStringConvertible {
    case sqlite(path: String)
    /// `postgres://user:password@host:port/database`; `?schema=name` keeps
    /// Luoshi's tables in that (existing) schema instead of `public`, so that
    /// several stores can share one database (tests use one schema each).
    case postgres(url: String)

    public static let environmentVariable = "LUOSHI_DATABASE_URL"
    public static let defaultSQLitePath = "luoshi.sqlite"

    /// Picks the database from the environment: a `postgres://` (or
    /// `postgresql://`) URL in `LUOSHI_DATABASE_URL` wins; any other value is an
    /// SQLite path; unset or empty means `luoshi.sqlite` in the working folder.
    /// A postgres URL that cannot be used is refused here, at start-up, with the
    /// variable's name, rather than at the first query.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(StoreError) -> DatabaseLocation {
        let value = environment[environmentVariable]?.trimmingCharacters(in: .whitespaces) ?? ""
        if value.isEmpty { return .sqlite(path: defaultSQLitePath) }
        let scheme = value.prefix { $0 != ":" }.lowercased()
        guard scheme == "postgres" || scheme == "postgresql" else {
            if value.contains("://") {
                throw .malformedURL(variable: environmentVariable, value: redacted(value),
                                    reason: "only postgres:// URLs are understood; give a file path for SQLite")
            }
            return .sqlite(path: value)
        }
        if let reason = problem(withPostgresURL: value) {
            throw .malformedURL(variable: environmentVariable, value: redacted(value), reason: reason)
        }
        return .postgres(url: value)
    }

    /// Why a postgres URL cannot be used, or nil when it can.
    static func problem(withPostgresURL text: String) -> String? {
        guard let parts = URLComponents(string: text) else { return "it is not a URL" }
        guard let user = parts.user, !user.isEmpty else { return "it names no user (postgres://user:password@host:port/database)" }
        guard let host = parts.host, !host.isEmpty else { return "it names no host" }
        if parts.path.count <= 1 { return "it names no database after the host" }
        return nil
    }

    /// The URL with its password replaced, for messages and logs.
    static func redacted(_ text: String) -> String {
        guard var parts = URLComponents(string: text), parts.password != nil else { return text }
        parts.password = "***"
        return parts.string ?? text
    }

    public var description: String {
        switch self {
        case .sqlite(let path): "SQLite file \(path)"
        case .postgres(let url): "PostgreSQL \(Self.redacted(url))"
        }
    }
}
