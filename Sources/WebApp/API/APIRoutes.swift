import Foundation
import Hummingbird
import OpenAPIHummingbird
import OpenAPIRuntime

/// The JSON API under /api/v1, its document at /openapi.yaml (the very file
/// the handlers were generated from, served from the module's resources) and
/// its reference page at /api/docs. The document and the page are public;
/// every operation needs a signed-in caller.
struct APIRoutes {
    let services: Services
    var document: APIDocument { services.api }

    func add(to router: Router<AppContext>) throws {
        router.get("/openapi.yaml") { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = "application/yaml; charset=utf-8"
            headers[.cacheControl] = "no-cache"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: document.text)))
        }
        router.get("/api/docs") { _, context in docs(context) }
        let api = router.group("api/v1").add(middleware: APIGate())
        try LuoshiAPI(services: services).registerHandlers(on: api, middlewares: [ParameterGate(document: document), JSONBodyGate()])
    }

    private func docs(_ context: AppContext) -> Response {
        let language = context.language
        var data = Frame.data(context, services, title: Catalogue.strings(language)["nav_api"] ?? "API", active: "api")
        data["document"] = ["title": document.title, "version": document.version, "base": document.base]
        data["endpoints"] = document.endpoints.map { endpoint -> [String: Any] in
            ["method": endpoint.method, "path": endpoint.path, "summary": endpoint.summary.text(language),
             "id": endpoint.operationID, "callers": APIDocument.callers(endpoint, language)]
        }
        data["answers"] = document.answers.map { ["status": $0.status, "meaning": $0.meaning.text(language)] as [String: Any] }
        return services.pages.page("api-docs", data)
    }
}
