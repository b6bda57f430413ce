import Foundation
import ZIPFoundation

/// The ZIP container of a DOCX or XLSX, opened for reading with a ceiling on
/// what any one part may inflate to, so that a small hostile file cannot make
/// the server decompress gigabytes.
struct OfficePackage {
    private let archive: Archive
    let maxPartBytes: Int

    init(data: Data, maxPartBytes: Int) throws(OfficeFileError) {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .legacyOffice }
        guard data.starts(with: [0x50, 0x4B]) else { throw .notZip }
        try ZipLayout.check(data)
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .notZip
        }
        self.maxPartBytes = maxPartBytes
    }

    /// Whether the package has this part (a path without a leading slash).
    func contains(_ path: String) -> Bool {
        archive[path] != nil
    }

    /// The part's bytes; nil when it is absent.
    func optionalPart(_ path: String) throws(OfficeFileError) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.type == .file else { throw .unreadablePart(path) }
        if entry.uncompressedSize > UInt64(maxPartBytes) { throw .partTooLarge(path, limit: maxPartBytes) }
        var bytes = Data()
        let limit = maxPartBytes
        do {
            // The declared size can lie; the count is kept while inflating.
            _ = try archive.extract(entry) { chunk in
                guard bytes.count + chunk.count <= limit else { throw OfficeFileError.partTooLarge(path, limit: limit) }
                bytes.append(chunk)
            }
        } catch let error as OfficeFileError {
            throw error
        } catch {
            throw .unreadablePart(path)
        }
        return bytes
    }

    func part(_ path: String) throws(OfficeFileError) -> Data {
        guard let data = try optionalPart(path) else { throw .missingPart(path) }
        return data
    }

    /// The main part named by the package's own relationships (_rels/.rels),
    /// or the usual path when the package does not say.
    func mainPart(usual: String) throws(OfficeFileError) -> String {
        guard let rels = try optionalPart("_rels/.rels") else { return usual }
        let targets = try Relationships.parse(rels, part: "_rels/.rels", base: "")
        let main = targets.first { $0.type.hasSuffix("/officeDocument") }?.target
        return main.flatMap { contains($0) ? $0 : nil } ?? usual
    }
}
