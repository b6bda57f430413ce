import HTTPTypes
import Hummingbird

/// Headers every answer carries: a content security policy that allows no
/// inline script (the pages' small scripts are files under /static), no
/// framing, no content-type sniffing, and no referrer sent to other sites.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[SecurityHeaderNames.contentSecurityPolicy] = Self.policy
        response.headers[SecurityHeaderNames.frameOptions] = "DENY"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[SecurityHeaderNames.referrerPolicy] = "same-origin"
        return response
    }
}

/// Header names HTTPTypes does not spell out.
enum SecurityHeaderNames {
    static let contentSecurityPolicy = HTTPField.Name("Content-Security-Policy")!
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
