import Foundation
import ReformPlan

/// The files the table can be written as; the raw values are what the command
/// line accepts (`luoshi table --format docx|xlsx|csv|md`).
public enum TableFormat: String, Hashable, Sendable, CaseIterable {
    case docx
    case xlsx
    case csv
    case markdown = "md"

    public var fileExtension: String { rawValue }

    /// For HTTP responses and downloads.
    public var mediaType: String {
        switch self {
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .csv: "text/csv; charset=utf-8"
        case .markdown: "text/markdown; charset=utf-8"
        }
    }
}

extension ResponsibilityTable {
    /// The one entry point callers need: a plan in, the file's bytes out. The
    /// same plan always gives the same bytes, whatever the date or machine.
    /// Throws only if the ZIP container of a DOCX or XLSX cannot be written.
    public static func render(_ plan: Plan, format: TableFormat) throws -> Data {
        try ResponsibilityTable(plan: plan).render(format: format)
    }

    public func render(format: TableFormat) throws -> Data {
        switch format {
        case .docx: try DocxPackage(table: self).data()
        case .xlsx: try XlsxPackage(sheets: [grid]).data()
        case .csv: CSVRenderer.data(self)
        case .markdown: Data(MarkdownRenderer.text(self).utf8)
        }
    }
}
