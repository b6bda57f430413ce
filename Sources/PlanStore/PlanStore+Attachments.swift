import Foundation
import SQLKit

/// A file to attach to a report, as the web tier has stored it: the bytes are on
/// disk under `storageName`, a random name; the file's own name is only shown.
public struct NewAttachment: Hashable, Sendable, Codable {
    public var reportID: Int64
    /// The project of the report's section the file belongs to.
    public var project: Int
    public var fileName: String
    public var mediaType: String
    public var size: Int
    /// Lower-case hex SHA-256 of the bytes.
    public var sha256: String
    public var storageName: String

    public init(reportID: Int64, project: Int, fileName: String, mediaType: String, size: Int, sha256: String,
                storageName: String) {
        self.reportID = reportID
        self.project = project
        self.fileName = fileName
        self.mediaType = mediaType
        self.size = size
        self.sha256 = sha256
        self.storageName = storageName
    }
}

/// A stored attachment: what was given, and who uploaded it when.
public struct ReportAttachment: Hashable, Sendable, Codable {
    public var id: Int64
    public var reportID: Int64
    public var project: Int
    public var fileName: String
    public var mediaType: String
    public var size: Int
    public var sha256: String
    public var storageName: String
    public var uploadedBy: String
    public var uploadedAt: Date

    public init(id: Int64, reportID: Int64, project: Int, fileName: String, mediaType: String, size: Int,
                sha256: String, storageName: String, uploadedBy: String, uploadedAt: Date) {
        self.id = id
        self.reportID = reportID
        self.project = project
        self.fileName = fileName
        self.mediaType = mediaType
        self.size = size
        self.sha256 = sha256
        self.storageName = storageName
        self.uploadedBy = uploadedBy
        self.uploadedAt = uploadedAt
    }
}

/// Report attachments: metadata only; the bytes are the web tier's.
extension PlanStore {
    /// `StoreError.notFound` when the report does not exist.
    public func addAttachment(_ a: NewAttachment, by actor: String, at date: Date) async throws -> ReportAttachment {
        try await change { db, _ in
            guard let report = try await db.raw("SELECT plan_id FROM progress_reports WHERE id = \(bind: a.reportID)").first() else {
                throw StoreError.notFound(entity: "report", id: String(a.reportID))
            }
            let row = try await db.insert(into: "report_attachments")
                .columns("report_id", "project", "file_name", "media_type", "size", "sha256", "storage_name",
                         "uploaded_by", "uploaded_at")
                .values(a.reportID, a.project, a.fileName, a.mediaType, a.size, a.sha256, a.storageName,
                        actor, Timestamp.text(date))
                .returning("*").first()
            let stored = try Self.attachment(row!)
            return (stored, [AuditEvent(actor: actor, at: date, action: "attachment.add", entity: "attachment",
                                        entityID: String(stored.id), planID: try report.int("plan_id"),
                                        project: a.project, after: try AuditJSON.text(stored))])
        }
    }

    /// The report's attachments in the order they were added.
    public func attachments(reportID: Int64) async throws -> [ReportAttachment] {
        try await open().reader.raw("SELECT * FROM report_attachments WHERE report_id = \(bind: reportID) ORDER BY id")
            .all().map(Self.attachment)
    }

    public func attachment(id: Int64) async throws -> ReportAttachment? {
        try await open().reader.raw("SELECT * FROM report_attachments WHERE id = \(bind: id)").first().map(Self.attachment)
    }

    static func attachment(_ row: any SQLRow) throws -> ReportAttachment {
        ReportAttachment(id: try row.int64("id"), reportID: try row.int64("report_id"), project: try row.int("project"),
                         fileName: try row.string("file_name"), mediaType: try row.string("media_type"),
                         size: try row.int("size"), sha256: try row.string("sha256"),
                         storageName: try row.string("storage_name"), uploadedBy: try row.string("uploaded_by"),
                         uploadedAt: try row.date("uploaded_at", in: "report_attachments"))
    }
}
