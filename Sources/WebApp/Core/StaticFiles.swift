import Foundation
import Hummingbird

/// The stylesheet and the small script, served from the module's `Static`
/// folder under /static. Attachments are never here.
enum StaticFiles {
    static func middleware() -> FileMiddleware<AppContext, LocalFileSystem> {
        let folder = Bundle.module.url(forResource: "Static", withExtension: nil)?.path ?? "Static"
        return FileMiddleware(folder, urlBasePath: "/static", cacheControl: .init([(MediaType(type: .any), [.maxAge(3600)])]),
                              searchForIndexHtml: false)
    }
}
