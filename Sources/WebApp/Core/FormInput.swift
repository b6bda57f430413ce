import Foundation
import Hummingbird
import MultipartKit
import NIOCore

/// A submitted form: its text fields and uploaded files, read from either
/// `application/x-www-form-urlencoded` or `multipart/form-data`. Reading it
/// checks the CSRF token, so no handler can forget to.
struct FormInput: Sendable {
    struct Upload: Sendable {
        var field: String
        var fileName: String
        var declaredType: String?
        var bytes: ByteBuffer
    }

    private(set) var fields: [String: [String]] = [:]
    private(set) var uploads: [Upload] = []

    subscript(_ name: String) -> String? { fields[name]?.first }

    func all(_ name: String) -> [String] { fields[name] ?? [] }

    var fieldNames: [String] { Array(fields.keys) + uploads.map(\.field) }

    /// The version of the record the form was made from, which every change of a record carries.
    func version() throws -> Int {
        guard let version = self["version"].flatMap(Int.init) else {
            throw Refusal(.badRequest, zh: "表单缺少版本号，请刷新页面后重试。", en: "The form has no version.", field: "version")
        }
        return version
    }

    /// Field text with surrounding white space removed; nil when empty.
    func text(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    static func read(_ request: Request, context: AppContext, fieldLimit: Int = Limits.formField) async throws -> FormInput {
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let type = request.headers[.contentType] ?? ""
        var form = FormInput()
        if type.lowercased().hasPrefix("multipart/form-data") {
            guard let boundary = Self.boundary(in: type) else {
                throw Refusal(.badRequest, zh: "表单格式不正确（缺少 boundary）。", en: "The form is malformed (no boundary).")
            }
            try form.readMultipart(body, boundary: boundary)
        } else {
            form.readURLEncoded(String(buffer: body))
        }
        for (name, values) in form.fields where values.contains(where: { $0.utf8.count > fieldLimit }) {
            throw Refusal(.contentTooLarge, zh: "“\(name)”填写的内容过长（每项不超过\(fieldLimit)字节）。",
                          en: "The field \(name) is too long (at most \(fieldLimit) bytes).", field: name)
        }
        try form.checkCSRF(context)
        return form
    }

    /// Browser sessions must send their token back; API clients with a bearer
    /// token have no cookie for another site to ride on.
    private func checkCSRF(_ context: AppContext) throws {
        guard let visitor = context.visitor, let expected = visitor.csrfToken else { return }
        guard let sent = self["_csrf"], Secrets.equal(sent, expected) else { throw Refusal.badCSRF }
    }

    private mutating func readURLEncoded(_ text: String) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0]), value = parts.count > 1 ? Self.decode(parts[1]) : ""
            fields[name, default: []].append(value)
        }
    }

    private static func decode(_ part: Substring) -> String {
        String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(part)
    }

    private mutating func readMultipart(_ body: ByteBuffer, boundary: String) throws {
        let parser = MultipartParser(boundary: boundary)
        var headers: [String: String] = [:], content = ByteBuffer()
        var collected: [(headers: [String: String], body: ByteBuffer)] = []
        parser.onHeader = { name, value in headers[name.lowercased()] = value }
        parser.onBody = { chunk in content.writeBuffer(&chunk) }
        parser.onPartComplete = {
            collected.append((headers, content))
            headers = [:]
            content = ByteBuffer()
        }
        do { try parser.execute(body) } catch {
            throw Refusal(.badRequest, zh: "表单内容无法读取。", en: "The form's content cannot be read.")
        }
        for part in collected {
            let disposition = Self.dispositionParameters(part.headers["content-disposition"] ?? "")
            guard let name = disposition["name"] else { continue }
            if let fileName = disposition["filename"] {
                guard part.body.readableBytes > 0 || !fileName.isEmpty else { continue }
                uploads.append(Upload(field: name, fileName: fileName, declaredType: part.headers["content-type"], bytes: part.body))
            } else {
                fields[name, default: []].append(String(buffer: part.body))
            }
        }
    }

    static func boundary(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \""))
            }
        }
        return nil
    }

    /// `form-data; name="x"; filename="报告.pdf"` → ["name": "x", "filename": "报告.pdf"].
    static func dispositionParameters(_ header: String) -> [String: String] {
        var result: [String: String] = [:]
        for parameter in header.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            result[pair[0].trimmingCharacters(in: .whitespaces).lowercased()] =
                pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \""))
        }
        return result
    }
}
