import Foundation
import Hummingbird
import NIOCore
import ZIPFoundation

/// Report attachments on disk, outside anything the server serves as files:
/// each under a random name, read back only through the attachment route,
/// which checks who may see the report first.
struct AttachmentStorage: Sendable {
    let directory: URL

    init(directory: String) throws {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true)
        try FileManager.default.createDirectory(at: self.directory, withIntermediateDirectories: true)
    }

    private static func isStorageName(_ name: String) -> Bool {
        name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    func save(_ bytes: ByteBuffer) throws -> (storageName: String, sha256: String) {
        let data = Data(buffer: bytes)
        let name = Secrets.token(bytes: 18)
        try data.write(to: directory.appendingPathComponent(name), options: [.atomic])
        return (name, Secrets.sha256(data))
    }

    /// Removes bytes that no record came to name (a save refused after the upload).
    func discard(_ storageName: String) {
        guard Self.isStorageName(storageName) else { return }
        try? FileManager.default.removeItem(at: directory.appendingPathComponent(storageName))
    }

    func read(_ storageName: String) throws -> Data {
        // Names are made by `save`; anything else never reaches the file system.
        guard Self.isStorageName(storageName) else { throw CocoaError(.fileNoSuchFile) }
        return try Data(contentsOf: directory.appendingPathComponent(storageName))
    }
}

/// A file handed to the browser to save, never to show inline: stored
/// uploads and generated documents alike.
enum Download {
    static func response(_ data: Data, mediaType: String, fileName: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = mediaType
        let encoded = fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "attachment"
        headers[.contentDisposition] = "attachment; filename*=UTF-8''\(encoded)"
        headers[.cacheControl] = "private, no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// What an uploaded file is, judged by its bytes and never by its name: a
/// report.pdf that is really an executable is refused.
enum AttachmentKind: String, CaseIterable, Sendable {
    case pdf, docx, xlsx, png, jpeg, gif, webp

    var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .gif: "image/gif"
        case .webp: "image/webp"
        }
    }

    static func of(_ data: Data) -> AttachmentKind? {
        let head = [UInt8](data.prefix(12))
        func starts(_ bytes: [UInt8]) -> Bool { head.starts(with: bytes) }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("RIFF".utf8)), head.count == 12, Array(head[8..<12]) == Array("WEBP".utf8) { return .webp }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return officeKind(data) }
        return nil
    }

    /// A ZIP is a DOCX or an XLSX only if it holds the part that makes it one.
    private static func officeKind(_ data: Data) -> AttachmentKind? {
        guard let archive = try? Archive(data: data, accessMode: .read) else { return nil }
        if archive["word/document.xml"] != nil { return .docx }
        if archive["xl/workbook.xml"] != nil { return .xlsx }
        return nil
    }
}
