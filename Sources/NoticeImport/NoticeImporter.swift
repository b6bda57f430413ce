import Foundation
import OfficeTables
import ReformPlan

/// Reads an issued notice (a web page copied as text, a saved TXT, GB18030 or
/// UTF-8) into a `Plan`. What it cannot place becomes a finding with its line;
/// nothing is dropped silently and nothing is invented.
public enum NoticeImporter {
    /// Whatever a person uploads: a DOCX or XLSX responsibility table (told
    /// by its bytes, not its name) goes to the table importer, anything else
    /// is read as the text of a notice.
    public static func importFile(data: Data) throws(NoticeImportError) -> Plan {
        if OfficeFileKind.looksLikeOfficeFile(data) { return try TableImporter.importTable(data: data) }
        return try importNotice(data: data)
    }

    public static func importNotice(data: Data) throws(NoticeImportError) -> Plan {
        let (text, decodingFindings) = try TextDecoding.decode(data)
        var plan = try importNotice(text: text)
        plan.findings = (decodingFindings + plan.findings).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        return plan
    }

    public static func importNotice(text decoded: String) throws(NoticeImportError) -> Plan {
        guard decoded.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw .empty }
        let text = SourceText(decoded)
        var findings = FindingSink()
        let traditional = text.original.indices.filter { TraditionalChinese.simplified[text.original[$0]] != nil }
        if let first = traditional.first, traditional.count >= 3 {
            findings.info(at: first, "原文含繁体字\(traditional.count)处，已按简体读取（标题、单位、人名亦同）；请核对人名。")
        }
        let layout = NoticeLayout(text: text, findings: &findings)
        let header = NoticeHeader(text: text, layout: layout)
        var body = layout.body
        if let signature = header.signatureLine, text.lineStart(signature + 1) > body.lowerBound + 200 {
            body = body.lowerBound..<min(body.upperBound, text.lineStart(signature + 1))
        }
        var parser = OutlineParser(text: text)
        let outline = parser.parse(body)
        findings.append(contentsOf: parser.findings)
        let notes = NoteMap(outline: outline, text: text, findings: &findings)
        let year = PlanYear.of(title: header.title, noticeTitle: header.noticeTitle, issued: header.issuedDate)

        var assembler = PlanAssembler(text: text, outline: outline, notes: notes, header: header, layout: layout, planYear: year)
        guard var plan = assembler.assemble(findings: &findings) else { throw .noProjects }
        plan.findings = findings.findings(in: text)
        return plan
    }
}

enum PlanYear {
    /// The year a plan is for: its title says "2019年…方案"; else the issue date's year.
    static func of(title: String, noticeTitle: String?, issued: Day?) -> Int? {
        for candidate in [title, noticeTitle ?? ""] {
            let s = Array(candidate.unicodeScalars)
            for i in s.indices {
                if let (y, len) = MarkerScanner.digits(s, from: i, limit: s.count), len == 4, (1950...2100).contains(y),
                   i + 4 < s.count, s[i + 4] == "年", i == 0 || !s[i - 1].isDigit {
                    return y
                }
            }
        }
        return issued?.year
    }
}
