/// word/styles.xml of an official document: one paragraph style per element
/// of GB/T 9704, so document.xml names the element and carries only what
/// depends on the text (the mark's narrowing, a table's cell size).
struct OfficialStyles {
    typealias L = OfficialLayout
    var style: OfficialStyle

    func fonts(_ face: OfficialStyle.Face, latinToo: Bool = false) -> String {
        DocxStyles.fonts(eastAsia: face.name, latin: latinToo ? face.name : style.latinFace)
    }

    /// Every line of the 版心 is one exact pitch, and every 3号 character
    /// gives up ¼ pt, so a page holds 22 lines of 28 characters (§5.2.3).
    static let line = "<w:spacing w:line=\"\(L.linePitch)\" w:lineRule=\"exact\"/>"
    static let narrow = "<w:spacing w:val=\"\(L.characterSpacing)\"/>"
    static let center = "<w:jc w:val=\"center\"/>"

    var xml: String {
        let s = DocxStyles.self
        let indent = "<w:ind w:firstLine=\"\(L.character * 2)\"/>"
        let redLine = "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"\(L.separatorWidth)\" w:space=\"\(L.separatorSpace)\" "
            + "w:color=\"\(style.red)\"/></w:pBdr>"
        let heading = { (level: Int, face: OfficialStyle.Face, bold: Bool) in
            s.style("Heading\(level)", "heading \(level)", basedOn: "Body",
                    paragraph: "<w:keepNext/><w:outlineLvl w:val=\"\(level - 1)\"/>",
                    run: fonts(face) + (bold ? "<w:b/><w:bCs/>" : ""))
        }
        return XMLText.declaration
            + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>\(fonts(style.bodyFace))<w:kern w:val=\"0\"/>\(s.size(L.bodySize))"
            + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
            // Widow control off: it moves single lines and breaks the 22-line page.
            + "<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\"/>"
            + "</w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            + s.style("Line", "版心行", paragraph: Self.line, run: Self.narrow)
            + s.style("Organ", "发文机关标志", paragraph: "<w:spacing w:line=\"\(L.organLine)\" w:lineRule=\"exact\"/>" + Self.center,
                      run: fonts(style.organFace, latinToo: true) + "<w:color w:val=\"\(style.red)\"/>" + s.size(style.organPoints * 2))
            + s.style("Number", "发文字号", basedOn: "Line", paragraph: redLine + Self.center, run: "")
            + s.style("Title", "标题", basedOn: "Line", paragraph: Self.center,
                      run: fonts(style.titleFace, latinToo: true) + s.size(L.titleSize))
            + s.style("Addressee", "主送机关", basedOn: "Line", paragraph: "<w:jc w:val=\"both\"/>", run: "")
            + s.style("Body", "正文", basedOn: "Line", paragraph: indent + "<w:jc w:val=\"both\"/>", run: "")
            + heading(1, style.headingFace, false)
            + heading(2, style.secondLevelFace, style.boldSecondLevel)
            + heading(3, style.bodyFace, false)
            + heading(4, style.bodyFace, false)
            + s.style("Caption", "表图题", basedOn: "Line", paragraph: "<w:keepNext/>" + Self.center, run: fonts(style.headingFace))
            // Auto line height: an inline chart on an exact line would be cut to one line.
            + s.style("Chart", "图表", paragraph: "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/>" + Self.center, run: "")
            // Left, not justified: justifying a short CJK line spreads it across the cell.
            + s.style("Cell", "表格正文", paragraph: "<w:jc w:val=\"left\"/>", run: "")
            + s.style("CellCentered", "表格正文居中", basedOn: "Cell", paragraph: Self.center, run: "")
            + s.style("CellHeader", "表头", basedOn: "CellCentered", paragraph: "<w:keepNext/>", run: fonts(style.headingFace))
            + s.style("AttachmentLabel", "附件标识", basedOn: "Line", paragraph: "", run: fonts(style.headingFace))
            + s.style("Signature", "署名和日期", basedOn: "Line", paragraph: "<w:jc w:val=\"right\"/>", run: "")
            + s.style("Record", "版记", paragraph: Self.line, run: s.size(L.recordSize))
            + s.style("Footer", "页脚", paragraph: "",
                      run: fonts(style.pageNumberFace, latinToo: true) + s.size(L.pageNumberSize))
            + "</w:styles>"
    }
}
