import Foundation
import ZIPFoundation

/// An Open Packaging Conventions container (the ZIP inside DOCX and XLSX)
/// written so that the same parts give the same bytes: entries in the order
/// added, every entry dated 1980-01-01 00:00 (the first day a ZIP date can
/// hold) and given the same permissions. ZIPFoundation would otherwise stamp
/// the current time, and two renders of one plan would differ.
struct ZipPackage {
    private(set) var parts: [(path: String, data: Data)] = []

    /// 1980-01-01T00:00:00Z; ZIPFoundation converts dates with gmtime, so the
    /// stamp does not depend on the machine's time zone.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    mutating func add(_ path: String, _ xml: String) {
        parts.append((path, Data(xml.utf8)))
    }

    func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let bytes = part.data
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                modificationDate: Self.fixedDate, permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw ZipPackageError.noData }
        return data
    }
}

enum ZipPackageError: Error {
    /// ZIPFoundation gave no bytes back for an in-memory archive.
    case noData
}
