import Foundation
@testable import OfficialDocuments

/// A fontconfig file for LibreOffice renderings of official documents on a
/// machine without the Windows and Founder faces (Debian with fonts-noto-cjk):
/// each face the style names is assigned its stand-in (bold for 小标宋), so
/// 仿宋 renders as a serif and 黑体 as a sans instead of whatever fontconfig's
/// generic CJK match happens to be. Passed to soffice as FONTCONFIG_FILE; the
/// system configuration is included first, so every other face is unchanged.
enum FontAliases {
    static func configuration(for style: OfficialStyle) -> String {
        let faces = style.faces.flatMap { face in ([face.name] + face.alternates).map { ($0, face) } }
        let matches = faces.map { name, face in
            "<match target=\"pattern\"><test name=\"family\"><string>\(XMLText.escape(name))</string></test>"
                + "<edit name=\"family\" mode=\"assign\" binding=\"strong\"><string>\(XMLText.escape(face.standIn))</string></edit>"
                + (face.standInIsBold ? "<edit name=\"weight\" mode=\"assign\" binding=\"strong\"><const>bold</const></edit>" : "")
                + "</match>"
        }
        return "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig>"
            + "<include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>" + matches.joined(separator: "\n")
            + "</fontconfig>\n"
    }

    /// Writes the file into `directory` and returns the environment for soffice.
    static func environment(for style: OfficialStyle, in directory: URL) throws -> [String: String] {
        let file = directory.appendingPathComponent("fonts.conf")
        try configuration(for: style).write(to: file, atomically: true, encoding: .utf8)
        return ["FONTCONFIG_FILE": file.path]
    }
}
