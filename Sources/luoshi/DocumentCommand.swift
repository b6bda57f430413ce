import ArgumentParser
import Foundation
import PlanStore
import ReformPlan
import WebApp

/// `luoshi bulletin` and `luoshi summary`: the monthly bulletin and the
/// half-year summary from the command line, for scheduled runs — drafted
/// from the data, issued under the next number, exported as issued.
struct BulletinCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bulletin", abstract: "每月通报：起草、印发、导出、列出。 Monthly bulletins.",
        subcommands: [Draft.self, Issue.self, DocumentExport.self, BulletinList.self])

    struct Issue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "印发通报草稿：编号、定稿，此后不再改变。 Issue a draft: numbered and frozen.")
        @Argument(help: "The draft's id (from draft or list).") var id: Int64
        @Option(help: "成文日期 yyyy-mm-dd (default: today).") var date: String?
        @Option(help: "Who issues it (default: $USER).") var by: String?
        @OptionGroup var database: DatabaseOptions

        func run() async throws { try await DocumentIssuing.run(database, id: id, date: date, by: by, halfYear: false) }
    }

    struct Draft: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "按月末数据起草某月通报（已有草稿则按最新数据重新汇编，保留已改的文字）。 Draft a month's bulletin.")
        @Option(help: "The month, yyyy-mm (e.g. 2019-09).") var month: String
        @Option(help: "The day it is drafted on, yyyy-mm-dd (default: today in Asia/Shanghai); a later month is refused.")
        var today: String?
        @Option(help: "Who drafts it, for the audit log (default: $USER).") var by: String?
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            guard let month = ReportMonth(iso: month) else {
                throw CommandFailure("月份“\(self.month)”应写成 2019-09。 (Month must be yyyy-mm.)")
            }
            let day = try CommandDay.parse(today)
            guard month <= ReportMonth(day) else {
                throw CommandFailure("\(month.chineseName)还没有到来（今天是\(day.chineseName)）。 (That month has not begun.)")
            }
            try await DocumentDraft.run(database, month: month, today: day, by: by)
        }
    }
}

struct SummaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary", abstract: "半年小结：起草、印发、导出、列出。 The half-year summary.",
        subcommands: [Draft.self, Issue.self, DocumentExport.self, SummaryList.self])

    struct Issue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "印发半年小结草稿：编号、定稿，此后不再改变。 Issue a draft: numbered and frozen.")
        @Argument(help: "The draft's id (from draft or list).") var id: Int64
        @Option(help: "成文日期 yyyy-mm-dd (default: today).") var date: String?
        @Option(help: "Who issues it (default: $USER).") var by: String?
        @OptionGroup var database: DatabaseOptions

        func run() async throws { try await DocumentIssuing.run(database, id: id, date: date, by: by, halfYear: true) }
    }

    struct Draft: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "按1–6月经审核的报送起草半年小结。 Draft the half-year summary.")
        @Option(help: "The day it is drafted on, yyyy-mm-dd (default: today).") var today: String?
        @Option(help: "Who drafts it (default: $USER).") var by: String?
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await DocumentDraft.run(database, month: nil, today: try CommandDay.parse(today), by: by)
        }
    }
}

enum DocumentDraft {
    static func run(_ database: DatabaseOptions, month: ReportMonth?, today: Day, by: String?) async throws {
        let who = by ?? ProcessInfo.processInfo.environment["USER"] ?? "cli"
        let draft = try await database.withStore { store in
            try await failing { try await DocumentCommands.draft(store: store, month: month, today: today, by: who) }
        }
        print("草稿 \(draft.id)：\(draft.title)")
        for line in draft.named { print("  \(line)") }
        print("印发：luoshi \(month == nil ? "summary" : "bulletin") issue \(draft.id)")
    }
}

/// Issuing, shared by `bulletin issue` and `summary issue`: each issues only its own kind.
struct DocumentIssuing {
    static func run(_ database: DatabaseOptions, id: Int64, date: String?, by: String?, halfYear: Bool) async throws {
        let day = try CommandDay.parse(date)
        let who = by ?? ProcessInfo.processInfo.environment["USER"] ?? "cli"
        let number = try await database.withStore { store in
            try await failing { try await DocumentCommands.issue(store: store, id: id, on: day, by: who, halfYear: halfYear) }
        }
        print("已印发：\(number)（\(day.chineseName)）")
    }
}

struct DocumentExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "导出公文（DOCX）、附表（XLSX）或文本（JSON）；已印发的与印发时逐字节相同。 Export as issued.")
    @Argument(help: "The document's id.") var id: Int64
    @Option(help: "docx, xlsx or json.") var format: String = "docx"
    @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        guard let format = DocumentCommands.Format(rawValue: format) else {
            throw CommandFailure("格式“\(self.format)”不认识，可用 docx、xlsx、json。 (Unknown format.)")
        }
        let data = try await database.withStore { store in
            try await failing { try await DocumentCommands.export(store: store, id: id, format: format, today: try CommandDay.parse(nil)) }
        }
        try Output.write(data, to: output)
    }
}

struct BulletinList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出通报。 List the bulletins.")
    @OptionGroup var database: DatabaseOptions

    func run() async throws { try await DocumentListing.print(database, halfYear: false) }
}

struct SummaryList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出半年小结。 List the summaries.")
    @OptionGroup var database: DatabaseOptions

    func run() async throws { try await DocumentListing.print(database, halfYear: true) }
}

enum DocumentListing {
    /// One line each: id, period, state, number, issued on, title — tab-separated for scripts.
    static func print(_ database: DatabaseOptions, halfYear: Bool) async throws {
        let listed = try await database.withStore { store in
            try await failing { try await DocumentCommands.list(store: store, halfYear: halfYear) }
        }
        for d in listed {
            Swift.print([String(d.id), d.period, d.state, d.number ?? "—", d.issuedOn?.description ?? "—", d.title]
                .joined(separator: "\t"))
        }
    }
}

/// A document command's refusal as the command line prints it.
func failing<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let failure as DocumentCommands.Failure {
        throw CommandFailure(failure.description)
    }
}

/// "Today" for a command: the day given, else today in Asia/Shanghai.
enum CommandDay {
    static func parse(_ text: String?) throws -> Day {
        guard let text else {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt
            let c = calendar.dateComponents([.year, .month, .day], from: Date())
            return Day(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
        }
        guard let day = Day(iso: text) else { throw CommandFailure("日期“\(text)”应写成 2019-10-08。 (Dates are yyyy-mm-dd.)") }
        return day
    }
}
