import OfficialDocuments
import ReformPlan

/// An official document on a page as it reads on paper: the red organ mark
/// and rule, the number, title, addressees, body, attachments, signature and
/// 版记. HTML written here (escaped) rather than in a template, because a
/// body is a sequence of mixed blocks that mustache has no way to switch on.
struct OfficialTextView {
    let text: OfficialText

    var html: String {
        var out = "<article class=\"official\">"
        out += "<header class=\"official-head\"><p class=\"organ\">\(e(text.organ))</p>"
        out += "<p class=\"docnumber\">\(e(text.number ?? "（草稿，印发时编号）"))</p><hr class=\"red-rule\"></header>"
        out += "<h1 class=\"official-title\">\(e(text.title))</h1>"
        if !text.addressees.isEmpty { out += "<p class=\"addressees\">\(e(text.addressees.joined(separator: "、")))：</p>" }
        out += blocks(text.body)
        if !text.attachments.isEmpty {
            let many = text.attachments.count > 1
            out += "<p class=\"attachment-list\">附件：" + text.attachments.enumerated().map { i, a in
                (many ? "\(i + 1). " : "") + e(a.title)
            }.joined(separator: "<br>") + "</p>"
        }
        out += "<p class=\"signature\">\(e(text.signature))<br>\(e(text.date.chineseName))</p>"
        if let note = text.note { out += "<p class=\"note\">\(e(note))</p>" }
        for (i, attachment) in text.attachments.enumerated() {
            out += "<section class=\"attachment\"><p class=\"attachment-label\">附件\(text.attachments.count > 1 ? String(i + 1) : "")</p>"
            out += "<h2 class=\"attachment-title\">\(e(attachment.title))</h2>" + blocks(attachment.body) + "</section>"
        }
        out += "<footer class=\"banji\">"
        if !text.copiedTo.isEmpty { out += "<p>抄送：\(e(text.copiedTo.joined(separator: "，")))。</p>" }
        out += "<p><span>\(e(text.printedBy))</span><span>\(e(text.printedOn.chineseName))印发</span></p></footer>"
        return out + "</article>"
    }

    func blocks(_ blocks: [OfficialText.Block]) -> String {
        blocks.map { block in
            switch block {
            case .heading(let level, let words):
                "<h\(min(6, level + 1)) class=\"level\(level)\">\(e(words))</h\(min(6, level + 1))>"
            case .paragraph(let words):
                "<p class=\"body\">\(e(words))</p>"
            case .table(let table):
                Self.table(table)
            case .chart(let chart):
                "<figure class=\"chart\">\(SVGCharts.chart(chart))<figcaption>\(e(chart.title))</figcaption></figure>"
            }
        }.joined()
    }

    static func table(_ table: DocumentTable) -> String {
        var out = "<div class=\"table-wrap\"><table class=\"grid\"><caption>\(XMLText.escape(table.title))</caption><thead><tr>"
        out += table.columns.map { "<th>\(XMLText.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
        for row in table.rows { out += "<tr>" + row.map { "<td>\(XMLText.escape($0))</td>" }.joined() + "</tr>" }
        out += "</tbody></table>"
        if let note = table.note { out += "<p class=\"table-note\">\(XMLText.escape(note))</p>" }
        return out + "</div>"
    }

    private func e(_ text: String) -> String { XMLText.escape(text) }
}
