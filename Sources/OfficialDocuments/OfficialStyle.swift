/// What an organ may choose about its documents' look: the faces of each
/// role (GB/T 9704 names them by style, not by file), whether second-level
/// headings are bold, the red of the 版头, the size of its mark. The defaults
/// are the standard's faces as Chinese offices' machines name them.
public struct OfficialStyle: Hashable, Sendable {
    /// A face as written into `w:rFonts/@w:eastAsia`, with the other names the
    /// same face goes by (Word's `altName`, the first one) and a free face of
    /// the same style that renderers without it may use instead.
    public struct Face: Hashable, Sendable {
        public var name: String
        public var alternates: [String]
        /// A face packaged by Linux distributions (fonts-noto-cjk), used by
        /// LibreOffice renderings and declared in fontTable.xml.
        public var standIn: String
        /// 小标宋 is a heavy face; Noto Serif's regular weight is far lighter,
        /// so its stand-in is the bold weight.
        public var standInIsBold: Bool

        public init(_ name: String, alternates: [String] = [], standIn: String, standInIsBold: Bool = false) {
            self.name = name
            self.alternates = alternates
            self.standIn = standIn
            self.standInIsBold = standInIsBold
        }

        public static let xiaoBiaoSong = Face("方正小标宋简体", alternates: ["FZXiaoBiaoSong-B05S", "方正小标宋_GBK"],
                                              standIn: "Noto Serif CJK SC", standInIsBold: true)
        public static let fangSong = Face("仿宋_GB2312", alternates: ["FangSong_GB2312", "仿宋", "FangSong"],
                                          standIn: "Noto Serif CJK SC")
        public static let heiTi = Face("黑体", alternates: ["SimHei"], standIn: "Noto Sans CJK SC")
        public static let kaiTi = Face("楷体_GB2312", alternates: ["KaiTi_GB2312", "楷体", "KaiTi"],
                                       standIn: "Noto Serif CJK SC")
        public static let songTi = Face("宋体", alternates: ["SimSun"], standIn: "Noto Serif CJK SC")
    }

    /// 发文机关标志 (§7.2.4: 小标宋 recommended).
    public var organFace: Face
    /// 标题 and attachment titles (§7.3.1: 2号小标宋).
    public var titleFace: Face
    /// 正文, third- and fourth-level headings, tables, 版记 (§5.2.2: 仿宋).
    public var bodyFace: Face
    /// First-level headings, the 附件 label, table and chart captions (黑体).
    public var headingFace: Face
    /// Second-level headings (§7.3.3: 楷体).
    public var secondLevelFace: Face
    /// Page numbers (§7.5: 宋体).
    public var pageNumberFace: Face
    /// Latin letters and digits: Times New Roman is the common practice.
    public var latinFace: String
    /// Some organs' rules bold the 楷体 second level; the standard does not.
    public var boldSecondLevel: Bool
    /// The red of the mark and the separator, as RRGGBB.
    public var red: String
    /// The mark's size in points before it is narrowed to fit one line
    /// (the standard fixes none; 小初, 36 pt, is common for a bureau).
    public var organPoints: Int

    public init(organFace: Face = .xiaoBiaoSong, titleFace: Face = .xiaoBiaoSong, bodyFace: Face = .fangSong,
                headingFace: Face = .heiTi, secondLevelFace: Face = .kaiTi, pageNumberFace: Face = .songTi,
                latinFace: String = "Times New Roman", boldSecondLevel: Bool = false, red: String = "FF0000",
                organPoints: Int = 36) {
        self.organFace = organFace
        self.titleFace = titleFace
        self.bodyFace = bodyFace
        self.headingFace = headingFace
        self.secondLevelFace = secondLevelFace
        self.pageNumberFace = pageNumberFace
        self.latinFace = latinFace
        self.boldSecondLevel = boldSecondLevel
        self.red = red
        self.organPoints = organPoints
    }

    /// Each face once, in role order: what fontTable.xml declares.
    var faces: [Face] {
        var seen = Set<String>()
        return [organFace, titleFace, bodyFace, headingFace, secondLevelFace, pageNumberFace]
            .filter { seen.insert($0.name).inserted }
    }
}
