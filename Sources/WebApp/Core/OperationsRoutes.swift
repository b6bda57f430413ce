import Foundation
import Hummingbird

/// What operators and load balancers ask: is the process up (/health), can
/// it reach its database (/ready), and its metrics for Prometheus (/metrics).
struct OperationsRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/health") { _, _ in
            Self.json(["status": "ok"])
        }
        router.get("/ready") { _, _ -> Response in
            do {
                _ = try await services.store.schemaVersion()
                return Self.json(["status": "ready", "database": "ok"])
            } catch {
                return Self.json(["status": "unavailable", "database": "\(error)"], status: .serviceUnavailable)
            }
        }
        router.get("/metrics") { _, _ -> Response in
            var buffer: [UInt8] = []
            services.metrics?.emit(into: &buffer)
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: buffer)))
        }
    }

    static func json(_ object: [String: String], status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
