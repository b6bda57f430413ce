import Foundation
import Hummingbird
import Mustache

/// Renders the Mustache templates kept in the module's `Templates` folder.
/// Every page extends `layout.mustache`, which draws the navigation, the
/// language switch and the demo banner from the frame the handler passes.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    static func load() async throws -> PageRenderer {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw RendererError.noTemplates
        }
        return PageRenderer(library: try await MustacheLibrary(directory: folder.path))
    }

    /// A template rendered on its own, for a part of a page that is kept
    /// between requests (the dashboard's body, see `PlanCache.fragment`).
    func fragment(_ template: String, _ data: [String: Any]) -> String {
        library.render(Self.pruned(data), withTemplate: template) ?? ""
    }

    /// The page as an HTML response; a missing template is a programming
    /// error that the template test catches, answered here with a 500.
    func page(_ template: String, _ data: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        guard let html = library.render(Self.pruned(data), withTemplate: template) else {
            return Response(status: .internalServerError, body: .init(byteBuffer: ByteBuffer(string: "template \(template) missing")))
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The data without empty strings: Mustache treats "" as present, and
    /// `{{#leadAgency}}牵头单位：{{leadAgency}}{{/leadAgency}}` must vanish
    /// when there is none. Handlers may then pass "" for "nothing".
    static func pruned(_ value: Any) -> Any {
        if let dictionary = value as? [String: Any] {
            var result: [String: Any] = [:]
            for (key, item) in dictionary {
                if let text = item as? String, text.isEmpty { continue }
                result[key] = pruned(item)
            }
            return result
        }
        if let list = value as? [[String: Any]] { return list.map { pruned($0) } }
        return value
    }

    enum RendererError: Error { case noTemplates }
}
