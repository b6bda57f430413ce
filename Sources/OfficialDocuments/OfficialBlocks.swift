import ReformPlan

/// The body's blocks (and an attachment's) as paragraphs, tables and charts.
extension OfficialDocumentXML {
    /// `keepingLast`: the last paragraph keeps its last line with what
    /// follows (the signature), so that no page holds a signature without text.
    func blocks(_ blocks: [OfficialText.Block], charts: inout Int, keepingLast: Bool = false) -> String {
        var xml = ""
        for (index, block) in blocks.enumerated() {
            let keep = keepingLast && index == blocks.count - 1 ? "<w:keepNext/>" : ""
            switch block {
            case let .heading(level, text):
                // §7.3.3 has four levels; deeper ones are set like the fourth.
                xml += WordML.paragraphs(text, style: "Heading\(min(max(level, 1), 4))", properties: keep)
            case let .paragraph(text):
                xml += WordML.paragraphs(text, style: "Body", properties: keep)
            case let .table(table):
                xml += OfficialTableXML(table: table).xml
            case let .chart(chart):
                charts += 1
                xml += WordML.paragraphs(chart.title, style: "Caption")
                xml += WordML.paragraph(style: "Chart", content: Self.inlineChart(chart, number: charts))
            }
        }
        return xml
    }

    /// A chart as a `wp:inline` drawing as wide as the 版心, pointing at
    /// word/charts/chartN.xml through relationship rIdChartN. Its height
    /// follows what it must show (DocxChart.height).
    static func inlineChart(_ chart: DocumentChart, number: Int) -> String {
        let cx = L.textWidth * L.emuPerTwip, cy = DocxChart(chart: chart).height * L.emuPerTwip
        return "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
            + "<wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
            + "<wp:docPr id=\"\(number)\" name=\"图表 \(number)\" descr=\"\(XMLText.escape(chart.title))\"/>"
            + "<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
            + "<c:chart r:id=\"rIdChart\(number)\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    }

    /// 附件说明, then 署名, 成文日期 and 附注 without a seal (§7.3.4–§7.3.6),
    /// each kept with the next so that they move to a new page together.
    var closing: String {
        var lines: [(text: String, style: String, properties: String)] = []
        if !text.attachments.isEmpty {
            lines.append(("", "Line", ""))
            let numbered = text.attachments.count > 1
            for (index, attachment) in text.attachments.enumerated() {
                // "附件：" then the names; the numbers line up under the first,
                // a wrapped name under its own first character.
                let number = numbered ? "\(index + 1). " : ""
                let hanging = numbered ? L.character : 0
                let left = L.character * 2 + L.character * 3 + hanging
                let first = index == 0 ? L.character * 2 : left - hanging
                lines.append(((index == 0 ? "附件：" : "") + number + attachment.title, "Line",
                              "<w:ind w:left=\"\(left)\" w:hanging=\"\(left - first)\"/>"))
            }
        }
        let date = text.date.chineseName
        let (signatureIndent, dateIndent) = Self.signatureIndents(signature: text.signature, date: date)
        lines.append(("", "Line", ""))
        lines.append((text.signature, "Signature", "<w:ind w:right=\"\(signatureIndent)\"/>"))
        lines.append((date, "Signature", "<w:ind w:right=\"\(dateIndent)\"/>"))
        if let note = text.note, !note.isEmpty {
            lines.append((note.hasPrefix("（") ? note : "（\(note)）", "Body", ""))
        }
        return lines.enumerated().map { index, line in
            let keep = index < lines.count - 1 ? "<w:keepNext/>" : ""
            return WordML.paragraphs(line.text, style: line.style, properties: keep + line.properties)
        }.joined()
    }

    /// Right indents in twips of the 署名 and the date without a seal
    /// (§7.3.5.2): the 署名 two characters in from the right, the date on the
    /// next line starting two characters right of the 署名's start; when the
    /// date is too long for that, the date two characters in and the 署名
    /// moved left to keep the two-character step.
    static func signatureIndents(signature: String, date: String) -> (signature: Int, date: Int) {
        let s = L.characters(signature), d = L.characters(date)
        let (signatureChars, dateChars) = s - d >= 2 ? (2.0, s - d) : (d + 4 - s, 2.0)
        return (Int(signatureChars * Double(L.character)), Int(dateChars * Double(L.character)))
    }
}
