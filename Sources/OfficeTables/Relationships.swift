import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A relationships part (`_rels/….rels`): which part an id points at. Targets
/// are resolved against the folder of the part that owns them, since Excel
/// writes "worksheets/sheet1.xml" and other writers "/xl/worksheets/sheet1.xml".
struct Relationships {
    struct Target {
        var id: String
        var type: String
        var target: String
    }

    static func parse(_ data: Data, part: String, base: String) throws(OfficeFileError) -> [Target] {
        let reader = Reader(base: base)
        try XMLPart.parse(data, part: part, with: reader)
        return reader.targets
    }

    /// "worksheets/../sheet1.xml" against "xl/" → "xl/sheet1.xml".
    static func resolve(_ target: String, base: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : base + target
        var parts: [Substring] = []
        for piece in joined.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(piece) }
        }
        return parts.joined(separator: "/")
    }

    private final class Reader: NSObject, XMLParserDelegate {
        let base: String
        var targets: [Target] = []

        init(base: String) { self.base = base }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            guard name == "Relationship", let id = XMLPart.attribute("Id", in: attributes),
                  let target = XMLPart.attribute("Target", in: attributes) else { return }
            // External targets (hyperlinks) name no part of the package.
            if XMLPart.attribute("TargetMode", in: attributes) == "External" { return }
            targets.append(Target(id: id, type: XMLPart.attribute("Type", in: attributes) ?? "",
                                  target: Relationships.resolve(target, base: base)))
        }
    }
}
