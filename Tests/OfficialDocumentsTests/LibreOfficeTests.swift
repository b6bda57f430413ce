import Foundation
import Testing
@testable import OfficialDocuments

/// The files as another program reads them: LibreOffice opens the DOCX and
/// prints it to PDF, and opens the XLSX and saves it as CSV. Serialized, since
/// two soffice instances on a 2-core machine only slow each other down.
@Suite(.serialized, .enabled(if: LibreOffice.isAvailable, "soffice is not on PATH (scripts/test provides it)"))
struct LibreOfficeTests {
    static let titles = WuhanPlan.projects.map(\.title)

    @Test(.enabled(if: LibreOffice.hasPoppler, "pdftotext/pdftoppm are not on PATH (poppler-utils)"))
    func docxPrintsAllSixteenProjectsWithTheHeaderOnEveryPage() throws {
        // Arrange
        let directory = try LibreOffice.workDirectory("docx")
        defer { LibreOffice.finish(directory) }
        let docx = directory.appendingPathComponent("table.docx")
        try ResponsibilityTable.render(WuhanPlan.plan, format: .docx).write(to: docx)
        // Act
        let pdf = try LibreOffice.convert(docx, to: "pdf:writer_pdf_Export", extension: "pdf", in: directory)
        let pages = try LibreOffice.pdfText(pdf).split(separator: "\u{0C}").map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        try LibreOffice.pagesAsPNG(pdf, prefix: directory.appendingPathComponent("page"))
        // Check: pdftotext puts spaces between CJK and digits and drops the
        // narrow ones around page numbers, so spaces are not compared.
        let squeezed = pages.map { $0.filter { !$0.isWhitespace } }
        let text = squeezed.joined()
        #expect(text.contains("2019年市民政局改革要点责任分解表"))
        for title in Self.titles {
            // A title wraps inside its cell; its first characters stay on one line.
            let start = String(title.prefix(5)).filter { !$0.isWhitespace }
            #expect(text.contains(start), "missing project \(title)")
        }
        #expect(pages.count >= 2, "the table should run onto a second page")
        for (index, page) in squeezed.enumerated() {
            #expect(page.contains("改革项目") && page.contains("实施步骤"), "no header row on page \(index + 1)")
            #expect(page.contains("—\(index + 1)—"), "no page number on page \(index + 1)")
        }
    }

    @Test func xlsxSavedAsCSVByLibreOfficeHasEveryRowAndCell() throws {
        // Arrange
        let directory = try LibreOffice.workDirectory("xlsx")
        defer { LibreOffice.finish(directory) }
        let xlsx = directory.appendingPathComponent("table.xlsx")
        try ResponsibilityTable.render(WuhanPlan.plan, format: .xlsx).write(to: xlsx)
        let expected = ResponsibilityTable(plan: WuhanPlan.plan)
        // Act: field separator 44 (,), text delimiter 34 ("), character set 76 (UTF-8).
        let csv = try LibreOffice.convert(xlsx, to: "csv:Text - txt - csv (StarCalc):44,34,76,1",
                                          extension: "csv", in: directory)
        let records = try CSVRecords.parse(String(contentsOf: csv, encoding: .utf8))
        // Check
        #expect(records.count == 3 + 16, "title, issuer line, header and sixteen projects")
        #expect(records.first?.first == expected.title)
        #expect(records.dropFirst(2).first == expected.columns.map(\.heading))
        #expect(Array(records.dropFirst(3)) == expected.rows.map(\.cells))
    }
}

/// Just enough RFC 4180 to read LibreOffice's output back: quoted fields with
/// doubled quotes and line breaks inside.
enum CSVRecords {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false
        var characters = text.drop { $0 == "\u{FEFF}" }.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? characters.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { record.append(field); field = "" }
            else if c == "\n" || c == "\r\n" || c == "\r" { record.append(field); records.append(record); record = []; field = "" }
            else { field.append(c) }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
