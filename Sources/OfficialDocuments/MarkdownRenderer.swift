import Foundation

/// The table as a Markdown pipe table (GitHub-flavoured), for pasting into an
/// issue, a wiki page or a chat message: title, the issuer line, the table.
enum MarkdownRenderer {
    static func text(_ table: ResponsibilityTable) -> String {
        var lines = ["# " + inline(table.title), ""]
        if let subtitle = table.subtitle { lines += [inline(subtitle), ""] }
        lines.append(row(table.columns.map(\.heading)))
        lines.append(row(table.columns.map { $0 == .number ? "---:" : "---" }))
        lines += table.rows.map { row($0.cells) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func row(_ cells: [String]) -> String {
        "| " + cells.map(cell).joined(separator: " | ") + " |"
    }

    /// A cell must stay on one line and must not end early: `|` is escaped
    /// (after backslashes, so "\|" in the text cannot turn into an escaped
    /// backslash and a bare pipe), line breaks become `<br>`, and `<` is an
    /// entity so that text like "<试点>" is not swallowed as an HTML tag.
    static func cell(_ value: String) -> String {
        var text = inline(value)
        text = text.replacingOccurrences(of: "|", with: "\\|")
        text = text.replacingOccurrences(of: "\r\n", with: "<br>")
        text = text.replacingOccurrences(of: "\n", with: "<br>")
        return text
    }

    /// Escapes that apply anywhere in the document, cells and title alike.
    static func inline(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}
