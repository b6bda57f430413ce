/// The portrait page of GB/T 9704-2012 in OOXML units (twips = 1/20 pt; font
/// sizes in half-points). Every number is derived in
/// /work/shared/reference/gbt9704-layout.md or measured on a LibreOffice
/// rendering (OfficialLayoutTests checks the measurements).
enum OfficialLayout {
    // §5.1/§5.2.1: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, hence 26 mm
    // right and 35 mm bottom.
    static let pageWidth = 11906
    static let pageHeight = 16838
    static let marginTop = 2098
    static let marginBottom = 1984
    static let marginLeft = 1588
    static let marginRight = 1474
    static let textWidth = pageWidth - marginLeft - marginRight  // 8844 = 156 mm
    static let textHeight = pageHeight - marginTop - marginBottom  // 12756 = 225 mm

    /// §5.2.3, 22 lines on 225 mm: 12756 / 22 = 579.8, rounded down so that
    /// the 22nd line still fits. Set as an exact line height on every line of
    /// text, not through `w:docGrid`: LibreOffice turns a linesAndChars grid
    /// into its own Asian text grid, which spread 3号 text to 16 characters a
    /// line in our renders. 29 pt is 1.8 × a 16 pt glyph, room enough for CJK.
    static let linePitch = 579
    /// §5.2.3, 28 characters on 156 mm (442.2 pt): 28 × 16 pt is 448 pt, so
    /// each character gives up ¼ pt (`w:spacing w:val="-5"`, in twentieths):
    /// 28 × 15.75 = 441 pt fits, as a full line renders in LibreOffice.
    static let characterSpacing = -5
    /// One 3号 character on that pitch: 15.75 pt.
    static let character = 315
    /// One 4号 character (the 版记 and page numbers are 4号).
    static let smallCharacter = 280

    // Sizes in half-points (号 → pt in the reference, §3).
    static let bodySize = 32  // 3号
    static let titleSize = 44  // 2号
    static let recordSize = 28  // 4号
    static let pageNumberSize = 28  // 4号

    /// §7.2.4 puts the mark's top edge 35 mm (1984 twips) under the 版心's
    /// top. The mark sits on an exact line of `organLine`; its glyphs' tops
    /// rendered 1.8 mm (103 twips) under that line's top, so the blank line
    /// above it is that much shorter than 35 mm.
    static let organSpacer = 1984 - 103
    static let organLine = 900
    /// §7.2.7: the red line 4 mm under the 发文字号's glyphs. The border is
    /// drawn `w:space` points under the line box, whose bottom is 1.4 mm under
    /// the glyphs (measured): 4 − 1.4 = 2.6 mm ≈ 7 pt.
    static let separatorSpace = 7
    /// 1.5 pt (0.53 mm): the practice range is 0.35–0.5 mm; the thicker end
    /// still reads as one line when printed red at Y80 % M80 %.
    static let separatorWidth = 12

    /// `w:pgMar/@w:footer`, from the page's bottom to the footer line's
    /// bottom: §7.5 wants the number 7 mm under the 版心 (35 − 7 = 28 mm above
    /// the page edge) less a 4号 line's height (≈ 5 mm): ≈ 23 mm.
    static let footerDistance = 1300

    /// 版记 rules (§7.4.1): 0.35 mm thick ≈ 1 pt, 0.25 mm thin ≈ ¾ pt.
    static let thickRule = 8
    static let thinRule = 6

    /// EMU per twip, for drawings (914 400 EMU an inch, 1440 twips).
    static let emuPerTwip = 635

    /// Table cells by how many columns share 156 mm (§8 and the standard
    /// leave the size open): up to 4 columns hold 4号 (14 pt) text, up to 7
    /// 小四 (12 pt), more 五号 (10.5 pt) — at 五号 nine columns still get
    /// about eight characters each. Line pitch 1.5 × the size keeps CJK
    /// glyphs (1.45 em tall in Noto CJK) unclipped on exact lines.
    static func cellSize(columns: Int) -> Int {
        switch columns {
        case ...4: 28
        case ...7: 24
        default: 21
        }
    }

    static func cellLine(size: Int) -> Int { size * 15 }  // half-points × 10 × 1.5 = twips

    /// Column widths in twips from relative widths; equal widths when none
    /// (or the wrong number) are given.
    static func widths(_ relative: [Int], columns: Int) -> [Int] {
        let usable = relative.count == columns && relative.allSatisfy { $0 > 0 }
        return WordML.split(textWidth, by: usable ? relative : Array(repeating: 1, count: columns))
    }

    /// Characters a text takes on the line: CJK and full-width forms one,
    /// ASCII (Times New Roman digits and letters) half.
    static func characters(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 0.5 : 1) }
    }
}
