import Hummingbird

/// The interface languages: Chinese first, English second.
enum Language: String, Sendable, CaseIterable {
    case zh, en

    /// The language of a request: the one chosen with the switch (the `lang`
    /// cookie), else Chinese. The browser's Accept-Language is not consulted:
    /// the bureau works in Chinese whatever language a browser was installed in.
    static func of(_ request: Request) -> Language {
        request.cookies["lang"].flatMap { Language(rawValue: $0.value) } ?? .zh
    }

    var htmlTag: String { self == .zh ? "zh-CN" : "en" }
}
