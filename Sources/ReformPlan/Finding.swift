/// Something the importer noticed and could not settle by itself: a group that
/// declares five items and lists seven, a note it could not attach, lines it
/// skipped as web-page chrome. Line and column are 1-based positions in the
/// decoded source text, so a person can go and look.
public struct Finding: Hashable, Sendable, Codable {
    public enum Severity: String, Hashable, Sendable, Codable {
        /// Handled, but worth knowing (chrome skipped, a shared note applied).
        case info
        /// Could not be placed or looks wrong in the source; a person should check.
        case warning
    }

    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(line: Int, column: Int, severity: Severity = .warning, message: String) {
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }
}
