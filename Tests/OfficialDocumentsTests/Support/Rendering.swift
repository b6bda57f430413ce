import Foundation
import ReformPlan
@testable import OfficialDocuments

/// An official document as LibreOffice prints it: the text of each page
/// (pdftotext) and each page as pixels at 100 dpi, measured by the layout
/// tests. Rendered with the fontconfig aliases of FontAliases so the
/// official faces come out as their stand-ins. When LUOSHI_GBT9704_OUT names
/// a directory, the DOCX, the PDF and 60 dpi PNGs of the pages are copied
/// there for a person to look at.
struct Rendering: Sendable {
    static let dpi = 100
    let pages: [String]
    let rasters: [Raster]

    /// Each page's text without whitespace: pdftotext spaces CJK from digits
    /// unpredictably, so comparisons ignore spaces.
    var squeezed: [String] { pages.map { $0.filter { !$0.isWhitespace } } }

    static func make(_ text: OfficialText, name: String, style: OfficialStyle = .init()) throws -> Rendering {
        let directory = try LibreOffice.workDirectory("gbt9704-\(name)")
        defer { LibreOffice.finish(directory) }
        let docx = directory.appendingPathComponent("\(name).docx")
        try OfficialDocument.docx(text, style: style).write(to: docx)
        let environment = try FontAliases.environment(for: style, in: directory)
        let pdf = try LibreOffice.convert(docx, to: "pdf:writer_pdf_Export", extension: "pdf", in: directory,
                                          environment: environment)
        let pages = try LibreOffice.pdfText(pdf).split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        let rasters = try LibreOffice.pagesAsPPM(pdf, prefix: directory.appendingPathComponent("page"), dpi: dpi)
            .map { try Raster(ppm: Data(contentsOf: $0), dpi: Double(dpi)) }
        if let out = ProcessInfo.processInfo.environment["LUOSHI_GBT9704_OUT"] {
            let target = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            for file in [docx, pdf] {
                let copy = target.appendingPathComponent(file.lastPathComponent)
                try? FileManager.default.removeItem(at: copy)
                try FileManager.default.copyItem(at: file, to: copy)
            }
            try LibreOffice.run(LibreOffice.executable("pdftoppm")!, ["-png", "-r", "60", pdf.path, target.appendingPathComponent(name).path],
                                timeout: 120)
        }
        return Rendering(pages: Array(pages.prefix(rasters.count)), rasters: rasters)
    }

    /// The index of the first page whose text contains `needle` (spaces ignored).
    func page(containing needle: String) -> Int? {
        squeezed.firstIndex { $0.contains(needle.filter { !$0.isWhitespace }) }
    }
}

/// A draft of plain paragraphs long enough to fill page 2 with body text.
enum PlainText {
    static let sentence = "各区民政局要对照年度改革任务清单逐项梳理推进情况，对进度滞后的项目分析原因，明确整改措施和完成时限，确保各项改革任务按期完成。"

    static let text = OfficialText(
        organ: "武汉市民政局", title: "关于加快推进民政改革任务落实的通知", addressees: ["各区民政局"],
        body: Array(repeating: .paragraph(sentence + sentence), count: 14),
        signature: "武汉市民政局", date: Day(year: 2019, month: 10, day: 8),
        printedBy: "武汉市民政局办公室", printedOn: Day(year: 2019, month: 10, day: 8))
}
