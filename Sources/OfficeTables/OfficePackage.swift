import Foundation
import ZIPFoundation

/// The ZIP container of a DOCX or XLSX, opened for reading with a ceiling on
/// what any one part may inflate to, so that a small hostile file cannot make
/// the server decompress gigabytes.
struct OfficePackage {
    private let data: Data
    private let entries: [String: ZipLayout.Entry]
    let maxPartBytes: Int

    init(data: Data, maxPartBytes: Int) throws(OfficeFileError) {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .legacyOffice }
        guard data.starts(with: [0x50, 0x4B]) else { throw .notZip }
        entries = try ZipLayout.entries(data)
        self.data = data
        self.maxPartBytes = maxPartBytes
    }

    /// Whether the package has this part (a path without a leading slash).
    func contains(_ path: String) -> Bool {
        entries[path] != nil
    }

    /// The part's bytes; nil when it is absent.
    func optionalPart(_ path: String) throws(OfficeFileError) -> Data? {
        guard let entry = entries[path] else { return nil }
        if path.hasSuffix("/") { throw .unreadablePart(path) }
        if entry.uncompressedSize > maxPartBytes { throw .partTooLarge(path, limit: maxPartBytes) }
        let compressed = data[(data.startIndex + entry.bytes.lowerBound)..<(data.startIndex + entry.bytes.upperBound)]
        switch entry.method {
        case 0:
            guard compressed.count <= maxPartBytes else { throw .partTooLarge(path, limit: maxPartBytes) }
            return Data(compressed)
        case 8:
            return try inflate(Data(compressed), path: path, expectedCRC: entry.crc32)
        default:
            throw .unreadablePart(path)
        }
    }

    /// Inflates a deflated entry with ZIPFoundation's decoder, fed by a provider
    /// of our own: its own provider hands out empty chunks past the end of a
    /// damaged stream, and the decoder then loops for ever; ours refuses, so a
    /// stream that does not end within its bytes is a damaged part.
    private func inflate(_ compressed: Data, path: String, expectedCRC: UInt32) throws(OfficeFileError) -> Data {
        var bytes = Data()
        let limit = maxPartBytes
        do {
            let crc = try Data.decompress(size: Int64(compressed.count), bufferSize: 64 * 1024, skipCRC32: false,
                                          provider: { position, size in
                guard position < Int64(compressed.count) else { throw OfficeFileError.unreadablePart(path) }
                let start = Int(position), end = min(compressed.count, start + size)
                return compressed.subdata(in: start..<end)
            }, consumer: { chunk in
                // The declared size can lie; the count is kept while inflating.
                guard bytes.count + chunk.count <= limit else { throw OfficeFileError.partTooLarge(path, limit: limit) }
                bytes.append(chunk)
            })
            guard crc == expectedCRC else { throw OfficeFileError.unreadablePart(path) }
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
