import Foundation
import ReformPlan

/// An issued official document (公文) as files: the DOCX laid out in
/// GB/T 9704-2012 with its charts drawn natively, and its tables again as an
/// XLSX annex. The same text always gives the same bytes.
public enum OfficialDocument {
    /// The DOCX bytes; same input → same bytes (no timestamps; fixed ZIP
    /// dates, fixed part order). Throws only if the ZIP cannot be written.
    public static func docx(_ text: OfficialText, style: OfficialStyle = .init()) throws -> Data {
        // Chart n of the reading order is chartN.xml, as OfficialDocumentXML numbers them.
        let charts = text.charts.enumerated().map { index, chart in
            DocxPackage.Part(path: "word/charts/chart\(index + 1).xml",
                             contentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                             relationshipID: "rIdChart\(index + 1)", relationshipType: "\(OPC.officeRelationships)/chart",
                             xml: DocxChart(chart: chart, face: style.bodyFace.name, latin: style.latinFace).xml)
        }
        return try DocxPackage.data(title: text.title, document: OfficialDocumentXML(text: text, style: style).xml,
                                    styles: OfficialStyles(style: style).xml,
                                    fontTable: FontTable.xml(FontTable.entries(for: style)), parts: charts)
    }

    /// Every table of the document (`text.tables`, body first, then the
    /// attachments') as an XLSX workbook, one sheet per table: the caption on
    /// row 1, the header frozen under it and repeated on printed pages,
    /// widths to fit the entries. Without tables, one sheet saying so.
    public static func annexXLSX(_ text: OfficialText) throws -> Data {
        try XlsxPackage(sheets: OfficialAnnex.sheets(text.tables, title: text.title)).data()
    }
}
