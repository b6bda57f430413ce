import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// The parts of a rendered DOCX or XLSX, read back with ZIPFoundation: what a
/// reader sees, not what the writer meant to write.
struct ZipContents {
    let names: [String]
    private let parts: [String: Data]

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var names: [String] = []
        var parts: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            names.append(entry.path)
            parts[entry.path] = bytes
        }
        self.names = names
        self.parts = parts
    }

    /// The part as text; empty when missing, so a check reads as one line.
    func text(_ path: String) -> String {
        parts[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Whether the part parses as XML at all: a single stray `&` makes Word
    /// refuse the whole file.
    func isWellFormedXML(_ path: String) -> Bool {
        guard let data = parts[path] else { return false }
        return XMLParser(data: data).parse()
    }

    /// How many times `needle` occurs in the part.
    func count(_ needle: String, in path: String) -> Int {
        text(path).components(separatedBy: needle).count - 1
    }
}
