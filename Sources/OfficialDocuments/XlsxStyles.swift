/// xl/styles.xml and the indices of its cell formats. SpreadsheetML refers to
/// formats by position, so the positions are named here next to the list.
enum XlsxStyles {
    static let title = 1
    static let subtitle = 2
    static let header = 3
    static let wrapped = 4
    static let centered = 5
    /// Money: "#,##0.00" (built-in format 4), ruled, right-aligned.
    static let amount = 6
    /// A share kept as a fraction, shown as "45.6%" (format 164 below).
    static let percent = 7
    /// The same two, bold on the header's grey, for total rows.
    static let totalAmount = 8
    static let totalPercent = 9
    /// A ruled cell a person fills in: left unlocked when the sheet is protected, tinted.
    static let input = 10
    /// A ruled number, right-aligned.
    static let number = 11

    /// 宋体 with charset 134 (GB2312) is what Chinese Excel itself writes, so
    /// the sheet looks native there and falls back sanely elsewhere.
    static var xml: String {
        func font(_ size: Int, bold: Bool) -> String {
            "<font>\(bold ? "<b/>" : "")<sz val=\"\(size)\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
        }
        let side = { (name: String) in "<\(name) style=\"thin\"><color auto=\"1\"/></\(name)>" }
        let ruled = "<border>" + ["left", "right", "top", "bottom"].map(side).joined() + "<diagonal/></border>"
        // Order matters: the constants above are positions in this list.
        let formats = [
            #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#,
            #"<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>"#,
            #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>"#,
            #"<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>"#,
            #"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="center" wrapText="1"/></xf>"#,
            #"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>"#,
            #"<xf numFmtId="4" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right" vertical="center"/></xf>"#,
            #"<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>"#,
            #"<xf numFmtId="4" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right" vertical="center"/></xf>"#,
            #"<xf numFmtId="164" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>"#,
            #"<xf numFmtId="0" fontId="0" fillId="3" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyProtection="1"><protection locked="0"/></xf>"#,
            #"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="right" vertical="center"/></xf>"#,
        ]
        return XMLText.declaration
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></numFmts>"
            + "<fonts count=\"3\">\(font(11, bold: false))\(font(11, bold: true))\(font(16, bold: true))</fonts>"
            // The first two fills are reserved by the format (none, gray125).
            + "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE7E6E6\"/><bgColor indexed=\"64\"/></patternFill></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFF7D6\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>\(ruled)</borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(formats.count)\">\(formats.joined())</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }
}
