import ReformPlan

/// What stands above a table's header, in a sheet's first rows or a Word
/// document's paragraphs before the table: an "附件1" label, the title
/// ("2019年市民政局改革要点责任分解表"), and often the issuer and date
/// ("武汉市民政局　2019年5月16日"). Other lines are left for a finding.
struct TableTitle {
    var title: String?
    var issuer: String?
    var issuedDate: Day?
    var attachmentLabel: String?
    /// Lines that were none of these.
    var unplaced: [String] = []

    init(lines: [String]) {
        for raw in lines {
            let line = TableSource.clean(raw)
            guard !line.isEmpty else { continue }
            let rest = Self.withoutAttachmentLabel(line)
            if rest.count < line.count { attachmentLabel = String(line.prefix(line.count - rest.count)) }
            guard !rest.isEmpty else { continue }
            if issuedDate == nil, rest.count <= 40, let day = DateText.firstDay(in: rest) {
                issuedDate = day
                let s = Array(rest.unicodeScalars)
                let start = s.indices.first { DateText.day(in: s, at: $0) != nil } ?? 0
                if start > 0 { issuer = String(String.UnicodeScalarView(s[..<start])) }
            } else if title == nil, rest.count >= 4 {
                title = rest
            } else {
                unplaced.append(rest)
            }
        }
    }

    /// "附件", "附件1", "附件1：" taken off the front of a line.
    static func withoutAttachmentLabel(_ line: String) -> String {
        guard line.hasPrefix("附件") else { return line }
        var rest = line.dropFirst(2)
        rest = rest.drop { $0.isNumber }
        rest = rest.drop { $0 == ":" || $0 == "：" || $0 == " " }
        return String(rest)
    }
}
