/// word/styles.xml and word/fontTable.xml: what each paragraph of the table
/// looks like, and which faces stand in when the official ones are missing.
enum DocxStyles {
    typealias L = DocxLayout

    /// Properties inside pPr/rPr follow the schema's sequence (spacing before
    /// ind before jc; rFonts before b before sz): Word rejects a file whose
    /// elements are out of order, where LibreOffice reads it anyway.
    static var stylesXML: String {
        XMLText.declaration
            + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>\(fonts(eastAsia: L.bodyFace))<w:kern w:val=\"2\"/>"
            + "<w:sz w:val=\"\(L.cellSize)\"/><w:szCs w:val=\"\(L.cellSize)\"/>"
            + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\"/>"
            + "</w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            + style("AttachmentLabel", "附件标识", paragraph: "<w:spacing w:after=\"120\"/>",
                    run: fonts(eastAsia: L.headingFace) + size(L.labelSize))
            // Same face for Latin digits in the title ("2019年"), as a printed 标题 has.
            + style("TableTitle", "表格标题", paragraph: "<w:spacing w:after=\"120\"/><w:jc w:val=\"center\"/>",
                    run: fonts(eastAsia: L.titleFace, latin: L.titleFace) + "<w:b/><w:bCs/>" + size(L.titleSize))
            + style("TableSubtitle", "发文机关和日期", paragraph: "<w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/>",
                    run: size(L.subtitleSize))
            // Left, not justified: justifying a short CJK line spreads its
            // characters across the cell ("基 层 政 权 建 设").
            + style("CellText", "表格正文", paragraph: cellSpacing + "<w:jc w:val=\"left\"/>", run: "")
            // A wrapped step lines up under its own text, clear of its number.
            + style("CellStep", "实施步骤", basedOn: "CellText", paragraph: "<w:ind w:left=\"170\" w:hanging=\"170\"/>", run: "")
            + style("CellCentered", "表格正文居中", basedOn: "CellText", paragraph: "<w:jc w:val=\"center\"/>", run: "")
            + style("CellHeader", "表头", basedOn: "CellCentered", paragraph: "<w:keepNext/>",
                    run: fonts(eastAsia: L.headingFace))
            + style("CellGroup", "类别行", basedOn: "CellText", paragraph: "<w:jc w:val=\"left\"/>",
                    run: fonts(eastAsia: L.headingFace))
            + style("AfterTable", "表后段", paragraph: "<w:spacing w:line=\"20\" w:lineRule=\"exact\"/>",
                    run: size(2))
            + style("Footer", "页脚", paragraph: "",
                    run: fonts(eastAsia: L.pageNumberFace, latin: L.pageNumberFace) + size(L.pageNumberSize))
            + "</w:styles>"
    }

    static var cellSpacing: String {
        "<w:spacing w:line=\"\(L.cellLinePitch)\" w:lineRule=\"exact\"/>"
    }

    static func style(_ id: String, _ name: String, basedOn: String = "Normal", paragraph: String, run: String) -> String {
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
            + "<w:basedOn w:val=\"\(basedOn)\"/><w:qFormat/><w:pPr>\(paragraph)</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
    }

    /// Chinese text takes `eastAsia`; Latin letters and digits take the Latin
    /// face (Times New Roman, the common 公文 practice) unless told otherwise.
    static func fonts(eastAsia: String, latin: String = L.latinFace) -> String {
        "<w:rFonts w:ascii=\"\(latin)\" w:hAnsi=\"\(latin)\" w:eastAsia=\"\(eastAsia)\" w:cs=\"\(latin)\"/>"
    }

    static func size(_ halfPoints: Int) -> String {
        "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>"
    }

    /// The official faces with a stand-in each (`w:altName`), and the free
    /// faces themselves, so a reader without Founder or Windows fonts still
    /// finds a serif CJK face (Noto Serif CJK SC) for 小标宋 and 仿宋.
    static var fontTableXML: String {
        typealias E = FontTable.Entry
        return FontTable.xml([
            E(name: L.titleFace, altName: "Noto Serif CJK SC", family: "roman"),
            E(name: L.bodyFace, altName: "仿宋", family: "modern", pitch: "fixed"),
            E(name: "仿宋", altName: "FangSong", family: "modern", pitch: "fixed"),
            E(name: L.headingFace, altName: "SimHei", family: "modern", pitch: "fixed"),
            E(name: L.pageNumberFace, altName: "SimSun", family: "auto"),
            E(name: "Noto Serif CJK SC", altName: "SimSun", family: "roman"),
            E(name: "Noto Sans CJK SC", altName: "SimHei", family: "swiss"),
            E(name: L.latinFace, charset: "00", family: "roman"),
        ])
    }
}
