import ReformPlan

/// word/document.xml of an official document, in the order of GB/T 9704 §7:
/// 版头 (mark, number, red line), 主体 (title, addressees, body, 附件说明,
/// signature, date, 附注, attachments on pages of their own), 版记 at the
/// bottom of the last page, and the portrait section.
struct OfficialDocumentXML {
    typealias L = OfficialLayout
    var text: OfficialText
    var style: OfficialStyle

    static let namespaces = WordML.namespaces
        + #" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing""#
        + #" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main""#
        + #" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart""#
        + #" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape""#
        + #" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#

    var xml: String {
        // Charts are numbered in reading order, as `OfficialText.charts` lists them.
        var charts = 0
        var body = masthead + blocks(text.body, charts: &charts, keepingLast: true) + closing
        body += attachments(charts: &charts)
        body += OfficialRecord(text: text).xml
        let section = WordML.section(width: L.pageWidth, height: L.pageHeight,
                                     margins: (L.marginTop, L.marginRight, L.marginBottom, L.marginLeft),
                                     footer: L.footerDistance)
        return XMLText.declaration + "<w:document \(Self.namespaces)><w:body>\(body)\(section)</w:body></w:document>"
    }

    /// A blank line of the 版心 (one exact pitch).
    static let blank = WordML.paragraph(style: "Line")

    /// 版头 and the title and addressees under it; a title's line breaks are
    /// kept (each line centred), which is how to keep its words whole and its
    /// lines in the trapezoid §7.3.1 asks for — nothing here knows where a
    /// Chinese word ends, so without them it wraps where the line is full. The blank lines are those
    /// the standard counts: two between mark and number (§7.2.5), two between
    /// the red line and the title (§7.3.1), one before the addressees (§7.3.2).
    var masthead: String {
        let spacer = "<w:p><w:pPr><w:spacing w:line=\"\(L.organSpacer)\" w:lineRule=\"exact\"/></w:pPr></w:p>"
        // A draft has no number yet; its place says so, so a printed draft is never taken for the issue.
        let number = text.number ?? "（草稿）"
        var xml = spacer + WordML.paragraphs(text.organ, style: "Organ", run: organNarrowing)
        xml += Self.blank + Self.blank + WordML.paragraphs(number, style: "Number")
        xml += Self.blank + Self.blank + WordML.paragraphs(text.title, style: "Title")
        if !text.addressees.isEmpty {
            xml += Self.blank + WordML.paragraphs(text.addressees.joined(separator: "、") + "：", style: "Addressee")
        }
        return xml
    }

    /// The mark is one line (§7.2.4 leaves its size to the organ): a long
    /// name keeps its height and is narrowed (`w:w`, character scale) to 96 %
    /// of the 版心, as printed marks are, down to half width; beyond that it
    /// wraps onto a second line rather than turning illegible.
    var organNarrowing: String {
        // A joint document's names are lines of their own; the longest decides.
        let longest = text.organ.split(separator: "\n").map { L.characters(String($0)) }.max() ?? 1
        let natural = max(longest, 1) * Double(style.organPoints * 20)
        let scale = Int(Double(L.textWidth) * 0.96 / natural * 100)
        return scale >= 100 ? "" : "<w:w w:val=\"\(max(scale, 50))\"/>"
    }

    /// Attachments (§7.3.7): each from a new page, "附件" (numbered when there
    /// are several) in 黑体 on line 1, the title centred on line 3, a blank line, content.
    func attachments(charts: inout Int) -> String {
        var xml = ""
        for (index, attachment) in text.attachments.enumerated() {
            let label = text.attachments.count > 1 ? "附件\(index + 1)" : "附件"
            xml += WordML.paragraphs(label, style: "AttachmentLabel", properties: "<w:pageBreakBefore/>")
            xml += Self.blank + WordML.paragraphs(attachment.title, style: "Title") + Self.blank
            xml += blocks(attachment.body, charts: &charts)
        }
        return xml
    }
}
