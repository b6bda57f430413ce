import Foundation
import ReformPlan

/// A group heading row of a table, "二、重点参与的市级改革项目（7项）": its
/// title without number and count, the category the title names, the count it
/// declares, and the rows of the projects under it, so that a count that
/// differs from the rows listed can be reported as the text importer does.
struct TableGroup {
    var row: Int
    var title: String
    var category: ProjectCategory?
    var declaredCount: Int?
    var projects: [Int] = []

    init(row: Int, heading: String) {
        let source = SourceText(heading)
        let (titled, count) = Headings.declaredCount(CleanText(source, 0..<source.count))
        self.row = row
        title = Self.withoutNumber(titled.string)
        category = ProjectGroup.category(of: Chrome.compact(title))
        declaredCount = count
    }

    /// "一、", "（一）", "(一)", "第一部分", "1." taken off the front.
    static func withoutNumber(_ heading: String) -> String {
        let shown = Array(heading.unicodeScalars)
        let s = shown.map(Normalization.normalize)
        var i = 0
        if s.first == "(", let (_, length) = ChineseNumerals.parse(s, from: 1, limit: s.count) ?? MarkerScanner.digits(s, from: 1, limit: s.count),
           1 + length < s.count, s[1 + length] == ")" {
            i = length + 2
        } else if s.first == "第", let (_, length) = ChineseNumerals.parse(s, from: 1, limit: s.count) {
            i = 1 + length
            let rest = String(String.UnicodeScalarView(s[i...]))
            if let word = ["部分", "类", "组", "项"].first(where: { rest.hasPrefix($0) }) { i += word.unicodeScalars.count }
        } else if let (_, length) = ChineseNumerals.parse(s, from: 0, limit: s.count) ?? MarkerScanner.digits(s, from: 0, limit: s.count),
                  length < s.count, "、.,".unicodeScalars.contains(s[length]) {
            i = length + 1
        }
        while i < s.count, s[i] == " " || s[i] == "、" || s[i] == ":" { i += 1 }
        return String(String.UnicodeScalarView(shown[i...])).trimmingCharacters(in: .whitespaces)
    }

    /// The finding for a heading whose count is not the number of rows under it.
    func countMismatch(numbers: [Int]) -> String? {
        guard let declared = declaredCount, declared != projects.count else { return nil }
        guard let first = numbers.first, let last = numbers.last else {
            return "“\(title)”标明\(declared)项，下面却没有列出项目。"
        }
        return "“\(title)”标明\(declared)项，实际列出\(projects.count)项（第\(first)–\(last)项），已按实际列出的导入。"
    }
}
