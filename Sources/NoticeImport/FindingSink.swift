import ReformPlan

/// Collects findings by scalar index while importing; positions become line and
/// column only at the end, when the source text is at hand.
struct FindingSink {
    struct Entry {
        var index: Int
        var severity: Finding.Severity
        var message: String
    }

    private(set) var entries: [Entry] = []

    mutating func warn(at index: Int, _ message: String) {
        entries.append(Entry(index: index, severity: .warning, message: message))
    }

    mutating func info(at index: Int, _ message: String) {
        entries.append(Entry(index: index, severity: .info, message: message))
    }

    mutating func append(contentsOf other: [Entry]) { entries.append(contentsOf: other) }

    func findings(in text: SourceText) -> [Finding] {
        entries.sorted { $0.index < $1.index }.map { entry in
            let (line, column) = text.position(of: entry.index)
            return Finding(line: line, column: column, severity: entry.severity, message: entry.message)
        }
    }
}
