import Foundation
import Hummingbird
import ReformPlan

/// The letterhead of the supervision documents, on the settings page: the
/// issuing organ, signature, addressees, 抄送, 印发机关 and the number
/// patterns. Kept as JSON under `documents.letterhead`; the plan's own
/// defaults until an administrator saves it.
struct LetterheadSettings {
    let services: Services

    static let key = "documents.letterhead"

    static let fields: [(key: String, label: String, lines: Bool)] = [
        ("organ", "发文机关标志 / issuing organ", false),
        ("signature", "发文机关署名 / signature", false),
        ("addressees", "主送机关（每行一个） / addressees, one per line", true),
        ("copiedTo", "抄送（每行一个） / copied to, one per line", true),
        ("printedBy", "印发机关 / printed by", false),
        ("bulletinNumber", "通报文号格式（{年}、{号}） / bulletin number", false),
        ("summaryNumber", "半年小结文号格式 / summary number", false),
        ("assessmentNumber", "考核结果文号格式 / assessment number", false),
    ]

    /// The letterhead in force: the saved one, else the plan's defaults.
    static func current(_ settings: [String: String], plan: Plan) -> Letterhead {
        settings[key].flatMap { try? JSONDecoder().decode(Letterhead.self, from: Data($0.utf8)) } ?? Letterhead.defaults(for: plan)
    }

    static func values(_ letterhead: Letterhead) -> [String: String] {
        ["organ": letterhead.organ, "signature": letterhead.signature,
         "addressees": letterhead.addressees.joined(separator: "\n"), "copiedTo": letterhead.copiedTo.joined(separator: "\n"),
         "printedBy": letterhead.printedBy, "bulletinNumber": letterhead.bulletinNumber,
         "summaryNumber": letterhead.summaryNumber, "assessmentNumber": letterhead.assessmentNumber]
    }

    /// The form as a letterhead, refused with the first field at fault.
    static func read(_ form: FormInput) throws -> Letterhead {
        func text(_ key: String) -> String { (form[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func lines(_ key: String) -> [String] {
            text(key).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let letterhead = Letterhead(
            organ: text("organ"), signature: text("signature").isEmpty ? text("organ") : text("signature"),
            addressees: lines("addressees"), copiedTo: lines("copiedTo"),
            printedBy: text("printedBy").isEmpty ? text("organ") : text("printedBy"),
            bulletinNumber: text("bulletinNumber"), summaryNumber: text("summaryNumber"),
            assessmentNumber: text("assessmentNumber"))
        if let problem = letterhead.problems.first {
            let field = String(problem.prefix { $0 != "：" })
            throw Refusal(.unprocessableContent, zh: problem, en: problem, field: field)
        }
        return letterhead
    }

    func save(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.manageSettings)
        let form = try await FormInput.read(request, context: context)
        let letterhead = try Self.read(form)
        try await services.store.setSetting(Self.key, try DocumentJSON.encode(letterhead), by: account.login, at: services.now())
        return .redirect(to: "/settings")
    }
}
