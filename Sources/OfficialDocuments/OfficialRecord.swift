import ReformPlan

/// 版记 (§7.4): 抄送 and 印发机关/印发日期 in 4号 仿宋 between black rules as
/// wide as the 版心, the first and last thick, the ones between thin, with
/// the last rule on the bottom edge of the 版心 of the last page.
///
/// Bottom-aligned with a text box anchored to the bottom margin
/// (`wp:anchor`, positionV margin/bottom, wrapTopAndBottom) holding a ruled
/// table. LibreOffice 7.4 ignores a floating table's `w:tblpPr` and a framed
/// paragraph's `w:framePr` bottom alignment (both came out inline after the
/// body), but places this box on the 版心's bottom and, when the last page
/// has no room left, moves it to a page of its own.
struct OfficialRecord {
    typealias L = OfficialLayout
    var text: OfficialText

    var copied: String? {
        text.copiedTo.isEmpty ? nil : "抄送：" + text.copiedTo.joined(separator: "，") + "。"
    }

    /// Lines the 抄送 entry takes: names wrap under the first one after the
    /// colon (§7.4.2), leaving 26 4号 characters a line between the indents.
    var copiedLines: Int {
        guard let copied else { return 0 }
        let perLine = Double((L.textWidth - 5 * L.smallCharacter) / L.smallCharacter)
        return max(1, Int(((L.characters(copied) - 3) / perLine).rounded(.up)))
    }

    /// Every entry sits on whole lines of the 22-line grid.
    var height: Int { (copiedLines + 1) * L.linePitch + 40 }

    var table: String {
        let one = L.smallCharacter
        let printedOn = text.printedOn.chineseName + "印发"
        // The date takes what it needs and the organ the rest: a long organ
        // name ("…改革工作领导小组办公室") must not wrap at the half-way mark.
        // Three characters beyond the date's own: its right indent, and room for
        // digits that a fallback 仿宋 sets wider than half a character ("…30日印" then "发" alone).
        let split = L.textWidth - Int(((L.characters(printedOn) + 3) * Double(one)).rounded(.up))
        let rule = { (size: Int) in "w:val=\"single\" w:sz=\"\(size)\" w:space=\"0\" w:color=\"000000\"" }
        func cell(_ content: String, width: Int, span: Int, first: Bool, last: Bool) -> String {
            let borders = "<w:tcBorders><w:top \(rule(first ? L.thickRule : L.thinRule))/>"
                + "<w:bottom \(rule(last ? L.thickRule : L.thinRule))/></w:tcBorders>"
            return "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
                + (span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "") + borders + "</w:tcPr>\(content)</w:tc>"
        }
        var rows: [String] = []
        if let copied {
            let entry = WordML.paragraphs(copied, style: "Record",
                                          properties: "<w:ind w:left=\"\(4 * one)\" w:right=\"\(one)\" w:hanging=\"\(3 * one)\"/>")
            rows.append(cell(entry, width: L.textWidth, span: 2, first: true, last: false))
        }
        let organ = WordML.paragraphs(text.printedBy, style: "Record", properties: "<w:ind w:left=\"\(one)\"/>")
        let date = WordML.paragraphs(printedOn, style: "Record",
                                     properties: "<w:ind w:right=\"\(one)\"/><w:jc w:val=\"right\"/>")
        rows.append(cell(organ, width: split, span: 1, first: rows.isEmpty, last: true)
                    + cell(date, width: L.textWidth - split, span: 1, first: rows.isEmpty, last: true))
        let properties = "<w:tblPr><w:tblW w:w=\"\(L.textWidth)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
        return "<w:tbl>\(properties)<w:tblGrid><w:gridCol w:w=\"\(split)\"/><w:gridCol w:w=\"\(L.textWidth - split)\"/></w:tblGrid>"
            + rows.map { "<w:tr><w:trPr><w:cantSplit/></w:trPr>\($0)</w:tr>" }.joined() + "</w:tbl>"
    }

    /// The anchor paragraph is 1 pt high so it adds no line of its own; the
    /// box's text is bottom-anchored too, so an overestimated height only
    /// leaves white above the first rule.
    var xml: String {
        let cx = L.textWidth * L.emuPerTwip, cy = height * L.emuPerTwip
        let box = "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"2\" "
            + "behindDoc=\"0\" locked=\"1\" layoutInCell=\"1\" allowOverlap=\"0\"><wp:simplePos x=\"0\" y=\"0\"/>"
            + "<wp:positionH relativeFrom=\"margin\"><wp:align>center</wp:align></wp:positionH>"
            + "<wp:positionV relativeFrom=\"margin\"><wp:align>bottom</wp:align></wp:positionV>"
            + "<wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapTopAndBottom/>"
            + "<wp:docPr id=\"1000\" name=\"版记\"/><wp:cNvGraphicFramePr/><a:graphic>"
            + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp>"
            + "<wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm>"
            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>"
            + "<wps:txbx><w:txbxContent>\(table)<w:p><w:pPr><w:spacing w:line=\"20\" w:lineRule=\"exact\"/></w:pPr></w:p>"
            + "</w:txbxContent></wps:txbx><wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" "
            + "bIns=\"0\" anchor=\"b\" anchorCtr=\"0\"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        // Word writes shapes inside mc:AlternateContent; readers without wps skip it.
        return "<w:p><w:pPr><w:spacing w:line=\"20\" w:lineRule=\"exact\"/></w:pPr><w:r><mc:AlternateContent>"
            + "<mc:Choice Requires=\"wps\"><w:drawing>\(box)</w:drawing></mc:Choice></mc:AlternateContent></w:r></w:p>"
    }
}
