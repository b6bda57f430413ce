/// Pieces of WordprocessingML that both documents write (the responsibility
/// table and the official document): namespaces, paragraphs, the section.
enum WordML {
    static let namespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
        + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    /// One paragraph per line of `text`, each with the style, the further
    /// paragraph properties (in schema order, after pStyle) and run properties.
    static func paragraphs(_ text: String, style: String, properties: String = "", run: String = "") -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            paragraph(style: style, properties: properties, content: line.isEmpty ? "" : self.run(String(line), properties: run))
        }.joined()
    }

    static func paragraph(style: String, properties: String = "", content: String = "") -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>\(properties)</w:pPr>\(content)</w:p>"
    }

    static func run(_ text: String, properties: String = "") -> String {
        let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
        return "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(XMLText.escape(text))</w:t></w:r>"
    }

    /// The section: odd pages take footer1 (number on the right), even pages
    /// footer2 (on the left), as §7.5 places them; settings.xml switches the
    /// distinction on. Sizes in twips.
    static func section(width: Int, height: Int, landscape: Bool = false,
                        margins: (top: Int, right: Int, bottom: Int, left: Int), footer: Int) -> String {
        "<w:sectPr>"
            + #"<w:footerReference w:type="default" r:id="rIdFooterOdd"/>"#
            + #"<w:footerReference w:type="even" r:id="rIdFooterEven"/>"#
            + "<w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"\(landscape ? " w:orient=\"landscape\"" : "")/>"
            + "<w:pgMar w:top=\"\(margins.top)\" w:right=\"\(margins.right)\" w:bottom=\"\(margins.bottom)\" "
            + "w:left=\"\(margins.left)\" w:header=\"851\" w:footer=\"\(footer)\" w:gutter=\"0\"/>"
            + "</w:sectPr>"
    }

    /// Column widths in twips for `weights`, adding up to `width` exactly so
    /// a table's edges line up with the 版心 in every viewer.
    static func split(_ width: Int, by weights: [Int]) -> [Int] {
        let total = max(weights.reduce(0, +), 1)
        var widths = weights.map { width * $0 / total }
        if !widths.isEmpty { widths[widths.count - 1] += width - widths.reduce(0, +) }
        return widths
    }
}
