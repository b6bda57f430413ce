import Hummingbird
import ReformPlan

/// What a request carries through the middleware to its handler: who is
/// signed in (from the session cookie or an access token) and in which
/// language the pages speak to them.
public struct AppContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `SessionMiddleware` or `TokenMiddleware`; nil for a visitor.
    var visitor: SignedIn?
    var language: Language = .zh
    /// The peer's address, for sign-in throttling per address.
    let remoteAddress: String?

    public init(source: Source) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    /// A unit's name from the path, where it comes percent-encoded ("/units/%E5%85%BB…").
    func unitName(_ parameter: String) throws -> String {
        try parameters.require(parameter).removingPercentEncoding ?? ""
    }

    /// Uploads (report attachments, notices) are checked by their own limits;
    /// this is the ceiling of any request body.
    public var maxUploadSize: Int { Limits.requestBody }
}

/// The person behind a request.
struct SignedIn: Sendable {
    var account: Account
    /// The session's CSRF token; nil for API calls made with an access token,
    /// which carry no cookie and so cannot be forged by another site.
    var csrfToken: String?
    /// SHA-256 of the session cookie, to sign out.
    var sessionHash: String?
}

/// Size limits in one place.
enum Limits {
    static let requestBody = 12 * 1024 * 1024
    static let attachment = 10 * 1024 * 1024
    static let notice = 4 * 1024 * 1024
    static let formField = 20_000
}
