import Foundation
import Testing
import NoticeImport
import ReformPlan

/// Shared helpers for the notice importer's tests: loading fixtures and the
/// reference notice, and looking things up in an imported plan.
enum Fixture {
    /// The raw bytes of a fixture in Tests/NoticeImportTests/Fixtures/.
    static func data(_ name: String) throws -> Data {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"),
            "fixture \(name).txt is missing from the test bundle")
        return try Data(contentsOf: url)
    }

    /// A fixture imported through `importNotice(data:)`, as the command line does it.
    static func plan(_ name: String) throws -> Plan {
        try NoticeImporter.importNotice(data: data(name))
    }

    /// The published Wuhan notice, beside the package root in ../shared/plans/.
    static var referenceURL: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()   // NoticeImportTests
            .deletingLastPathComponent()   // Tests
            .deletingLastPathComponent()   // package root
            .deletingLastPathComponent()   // beside the package root
            .appendingPathComponent("shared/plans/wuhan-2019-civil-affairs-reform.txt")
    }

    static func referenceData() throws -> Data {
        try Data(contentsOf: referenceURL)
    }

    static func referencePlan() throws -> Plan {
        try NoticeImporter.importNotice(data: referenceData())
    }

    /// The error an import throws, or nil when it succeeds; a DOCX or XLSX
    /// goes to the table importer, as on the command line.
    static func importError(_ data: Data) -> NoticeImportError? {
        do {
            _ = try NoticeImporter.importFile(data: data)
            return nil
        } catch {
            return error
        }
    }

    static func importError(text: String) -> NoticeImportError? {
        do {
            _ = try NoticeImporter.importNotice(text: text)
            return nil
        } catch {
            return error
        }
    }
}

extension Plan {
    /// The project with this number, failing the test when there is none.
    func requireProject(_ number: Int, sourceLocation: SourceLocation = #_sourceLocation) throws -> Project {
        try #require(project(number), "no project \(number)", sourceLocation: sourceLocation)
    }

    func requireTask(_ number: Int, sourceLocation: SourceLocation = #_sourceLocation) throws -> ReformPlan.Task {
        try #require(tasks.first { $0.number == number }, "no task \(number)", sourceLocation: sourceLocation)
    }

    /// The phase `order` of stream `stream`.
    func requirePhase(stream: Int, order: Int, sourceLocation: SourceLocation = #_sourceLocation) throws -> Phase {
        try #require(phases.first { $0.stream == stream && $0.order == order },
                     "no phase \(stream).\(order)", sourceLocation: sourceLocation)
    }

    /// The indicators with this target and measure.
    func indicators(target: Double, measure: String) -> [Indicator] {
        indicators.filter { $0.target == target && $0.measure == measure }
    }

    /// The one indicator with this target and measure whose name contains `noun`.
    func requireIndicator(_ target: Double, _ measure: String, named noun: String,
                          sourceLocation: SourceLocation = #_sourceLocation) throws -> Indicator {
        let matches = indicators(target: target, measure: measure).filter { $0.name.contains(noun) }
        #expect(matches.count == 1, "indicators \(target) \(measure) named …\(noun)…: \(matches.count)",
                sourceLocation: sourceLocation)
        return try #require(matches.first, sourceLocation: sourceLocation)
    }

    var warnings: [Finding] { findings.filter { $0.severity == .warning } }
    var infos: [Finding] { findings.filter { $0.severity == .info } }

    /// Findings about skipped page chrome.
    var chromeFindings: [Finding] { findings.filter { $0.message.contains("跳过") } }

    /// Whether a warning on `line` says every one of `phrases`.
    func hasWarning(line: Int, saying phrases: String...) -> Bool {
        warnings.contains { f in f.line == line && phrases.allSatisfy { f.message.contains($0) } }
    }

    /// Every piece of text the importer took from the notice's items, for
    /// checking that nothing from page chrome leaked in.
    var importedTexts: [String] {
        var texts: [String] = [notice.title]
        for project in projects {
            let r = project.responsibility
            texts.append(project.title)
            texts.append(project.description ?? "")
            texts.append(project.group ?? "")
            texts.append(r.firstResponsible ?? "")
            texts.append(r.leaderInCharge ?? "")
            texts.append(r.leadAgency ?? "")
            texts.append(r.contactPhone ?? "")
            texts.append(contentsOf: r.responsibleUnits)
            texts.append(contentsOf: r.supportingUnits)
        }
        for task in tasks {
            texts.append(task.title)
            texts.append(task.description ?? "")
        }
        for phase in phases {
            texts.append(phase.title)
            texts.append(phase.streamTitle ?? "")
            texts.append(contentsOf: phase.deliverables)
        }
        for indicator in indicators {
            texts.append(indicator.name)
            texts.append(indicator.sentence)
        }
        texts.append(contentsOf: units.map(\.name))
        texts.append(contentsOf: people.map(\.name))
        texts.append(contentsOf: notice.addressees)
        texts.append(contentsOf: notice.attachments)
        return texts
    }
}

extension Day {
    /// `Day(2019, 5, 16)`: shorter to read in a column of expectations.
    init(_ year: Int, _ month: Int, _ day: Int) {
        self.init(year: year, month: month, day: day)
    }
}

/// Text without a trailing 。: descriptions are compared this way, since
/// whether the final full stop is kept is not what these tests are about.
func unstopped(_ text: String?) -> String? {
    text.map { $0.hasSuffix("。") ? String($0.dropLast()) : $0 }
}
