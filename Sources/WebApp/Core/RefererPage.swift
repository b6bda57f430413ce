import Foundation
import Hummingbird

extension Request {
    /// The page of ours a form was sent from (its path and query, from the
    /// Referer), to go back to after the change; nil when there is none or it
    /// would lead off the site ("//elsewhere").
    var refererPage: String? {
        guard let referer = headers[.referer], let url = URLComponents(string: referer),
              url.percentEncodedPath.hasPrefix("/"), !url.percentEncodedPath.hasPrefix("//") else { return nil }
        return url.percentEncodedPath + (url.percentEncodedQuery.map { "?" + $0 } ?? "")
    }
}
