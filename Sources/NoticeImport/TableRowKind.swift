import OfficeTables

/// What a row under the header is. A row whose only value is one cell merged
/// across the table is a group heading ("一、牵头改革项目（4项）") or, when it
/// opens with 注/说明/备注, a note under the table; so is a lone cell that
/// reads as a heading or a note where the number or title would stand. A
/// cell merged down from a row above (a unit shared by several projects) is
/// the row's value but not its own content, so it does not make a blank row
/// into a project.
enum TableRowKind: Equatable {
    case blank
    case heading(String)
    case note(String)
    case item

    static let noteWords = ["注", "说明", "备注", "附注", "填表说明", "资料来源", "*", "※"]

    static func of(row: Int, in grid: TableGrid, header: TableHeader) -> TableRowKind {
        guard grid.columnCount > 0 else { return .blank }
        let own = (1...grid.columnCount).compactMap { column -> (column: Int, text: String)? in
            let value = grid[row, column]
            return value.isBlank ? nil : (column, value.text)
        }
        guard own.count == 1, let only = own.first else { return own.isEmpty ? .blank : .item }
        let text = Chrome.compact(only.text)
        if noteWords.contains { text.hasPrefix($0) } { return .note(only.text) }
        let span = grid.merge(covering: CellAddress(row: row, column: only.column))?.columns.count ?? 1
        if span >= 3 || span * 2 > grid.columnCount { return .heading(only.text) }
        let role = header.columns[only.column]
        if role == .number || role == .title || role == nil, looksLikeHeading(text) { return .heading(only.text) }
        if role == .number, Int(text) == nil, text.count >= 4 { return .heading(only.text) }
        return .item
    }

    /// 一、… (一)… 第一部分… or …(4项): how group headings are numbered and counted.
    static func looksLikeHeading(_ compact: String) -> Bool {
        let s = Array(compact.unicodeScalars.map(Normalization.normalize))
        guard !s.isEmpty else { return false }
        if let (_, length) = ChineseNumerals.parse(s, from: 0, limit: s.count), length < s.count, s[length] == "、" { return true }
        if s[0] == "(", ChineseNumerals.parse(s, from: 1, limit: s.count) != nil { return true }
        if s[0] == "第", ChineseNumerals.parse(s, from: 1, limit: s.count) != nil { return true }
        return s.count > 3 && s[s.count - 1] == ")" && s[s.count - 2] == "项"
    }
}
