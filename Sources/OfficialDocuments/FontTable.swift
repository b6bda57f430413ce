/// word/fontTable.xml: every face the document names, with what Word and
/// LibreOffice need to substitute it sensibly where it is not installed —
/// another name of the same face (`altName`), the GB2312 charset (86), the
/// PANOSE class and the generic family (roman for the Song/FangSong/Kai
/// faces, swiss for Hei), so a missing 仿宋 falls back to a serif CJK face
/// and not to a monospaced one.
enum FontTable {
    struct Entry {
        var name: String
        var altName: String?
        var panose: String?
        var charset = "86"
        var family: String
        var pitch = "variable"
    }

    /// PANOSE numbers Word itself records for the Windows and Founder faces.
    static let panose: [String: String] = [
        "宋体": "02010600030101010101", "仿宋_GB2312": "02010609030101010101",
        "楷体_GB2312": "02010609030101010101", "黑体": "02010609060101010101",
        "方正小标宋简体": "02000000000000000000",
    ]

    static func xml(_ entries: [Entry]) -> String {
        // Children in the schema's order: altName, panose1, charset, family, pitch.
        let fonts = entries.map { font in
            "<w:font w:name=\"\(XMLText.escape(font.name))\">"
                + (font.altName.map { "<w:altName w:val=\"\(XMLText.escape($0))\"/>" } ?? "")
                + (font.panose.map { "<w:panose1 w:val=\"\($0)\"/>" } ?? "")
                + "<w:charset w:val=\"\(font.charset)\"/><w:family w:val=\"\(font.family)\"/>"
                + "<w:pitch w:val=\"\(font.pitch)\"/></w:font>"
        }
        return XMLText.declaration
            + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + fonts.joined() + "</w:fonts>"
    }

    /// The official faces of a style, their free stand-ins, and the Latin face.
    static func entries(for style: OfficialStyle) -> [Entry] {
        let official = style.faces.map { face in
            Entry(name: face.name, altName: face.alternates.first ?? face.standIn, panose: panose[face.name],
                  family: family(of: face.standIn))
        }
        var seen = Set(style.faces.map(\.name))
        let standIns = style.faces.map(\.standIn).filter { seen.insert($0).inserted }.map {
            Entry(name: $0, family: family(of: $0))
        }
        return official + standIns + [Entry(name: style.latinFace, charset: "00", family: "roman")]
    }

    static func family(of face: String) -> String {
        face.contains("Sans") || face.contains("Hei") ? "swiss" : "roman"
    }
}
