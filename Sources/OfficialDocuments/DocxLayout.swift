/// Page, type and column measures of the DOCX table, in the units OOXML wants
/// (twips = 1/20 pt; font sizes in half-points). Kept apart from the XML so the
/// layout can be read, and argued about, in one place.
enum DocxLayout {
    // A4 turned landscape (GB/T 9704 §8: a wide table is turned, not shrunk).
    typealias Portrait = OfficialLayout
    static let pageWidth = Portrait.pageHeight
    static let pageHeight = Portrait.pageWidth

    // The portrait 版心 of §5.2.1 (156 × 225 mm) kept, turned a quarter turn
    // clockwise so the table's head faces the binding edge (§8): the portrait
    // 订口 (28 mm) becomes the top, 切口 (26 mm) the bottom, 天头 (37 mm) the
    // right and the portrait bottom (35 mm) the left.
    static let marginTop = Portrait.marginLeft
    static let marginBottom = Portrait.marginRight
    static let marginLeft = Portrait.marginBottom
    static let marginRight = Portrait.marginTop
    /// From the page's bottom edge to the footer's bottom: a 14 pt number line
    /// (≈ 5 mm) whose top sits 7 mm under the 版心 (§7.5) needs 26 − 7 − 5 = 14 mm.
    static let footerDistance = 794

    /// 225 mm, the 版心's long side: the width the table fills.
    static let textWidth = pageWidth - marginLeft - marginRight

    // Faces. The names are those Chinese offices' machines have; fontTable.xml
    // declares what stands in for them where they are missing.
    static let titleFace = OfficialStyle.Face.xiaoBiaoSong.name
    static let bodyFace = OfficialStyle.Face.fangSong.name
    static let headingFace = OfficialStyle.Face.heiTi.name
    static let pageNumberFace = OfficialStyle.Face.songTi.name
    static let latinFace = "Times New Roman"

    // Sizes in half-points: title 2号 (22 pt) as §7.3.1; the label 3号 黑体 as
    // §7.3.7; page numbers 4号 as §7.5. A ten-column table cannot hold 3号
    // text on 225 mm, so cells use 五号 (10.5 pt), the usual size for a dense
    // attachment table; its exact line pitch of 15 pt leaves room for CJK
    // glyphs' tall ascenders without clipping.
    static let titleSize = 44
    static let labelSize = 32
    static let subtitleSize = 28
    static let cellSize = 21
    static let cellLinePitch = 300
    static let pageNumberSize = 28

    /// Space inside each cell, left and right (1 mm); Word's default 1.9 mm
    /// costs more than a character's width across nine columns.
    static let cellMargin = 57

    /// Relative widths, in tens of twips at full width without the 类别
    /// column: each is the characters the column must hold on one line at
    /// 五号 (210 twips a character) plus the cell's margins and a little slack,
    /// since a line that fits exactly may still wrap. Names need three
    /// characters or they break after two; phone numbers eight digits; the
    /// lead agency five characters; "按实施步骤，" six; titles and steps, the
    /// sentences, share what is left.
    static func weight(of column: ResponsibilityTable.Column) -> Int {
        switch column {
        case .number: 58
        case .category: 122
        case .title: 226
        case .leadAgency: 122
        case .firstResponsible: 80
        case .leaderInCharge: 80
        case .responsibleUnits: 144
        case .contactPhone: 100
        case .deadline: 142
        case .steps: 324
        }
    }

    /// Column widths in twips that add up exactly to the text width, so the
    /// table's edges line up with the 版心 in every viewer.
    static func widths(of columns: [ResponsibilityTable.Column]) -> [Int] {
        WordML.split(textWidth, by: columns.map(weight(of:)))
    }
}
