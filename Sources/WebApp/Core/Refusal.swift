import Hummingbird

/// A request that cannot be done as asked: the status, a message in both
/// languages that says what was wrong, and the form field or API body path
/// at fault. Pages show it in the page; the API answers it as JSON.
struct Refusal: Error, Sendable {
    var status: HTTPResponse.Status
    var zh: String
    var en: String
    var field: String?

    init(_ status: HTTPResponse.Status, zh: String, en: String, field: String? = nil) {
        self.status = status
        self.zh = zh
        self.en = en
        self.field = field
    }

    func message(_ language: Language) -> String { language == .zh ? zh : en }

    static let notSignedIn = Refusal(.unauthorized, zh: "请先登录。", en: "Please sign in first.")
    static func forbidden(_ what: String, _ whatEN: String) -> Refusal {
        Refusal(.forbidden, zh: "您没有权限\(what)。", en: "You may not \(whatEN).")
    }
    static func notFound(_ what: String, _ whatEN: String) -> Refusal {
        Refusal(.notFound, zh: "找不到\(what)。", en: "No such \(whatEN).")
    }
    static let badCSRF = Refusal(.forbidden, zh: "表单已过期或来源不明，请刷新页面后重试。",
                                 en: "The form has expired or did not come from this site; reload the page and try again.")
}
