import Foundation
import HummingbirdTesting
import ReformPlan
import Testing
@testable import WebApp

/// The document the API is generated from is the one it serves and the one
/// its reference page lists.
@Suite struct APIDocumentTests {
    static let sourceFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/WebApp/openapi.yaml")

    @Test func theServedDocumentIsTheSourceFile() async throws {
        let source = try String(contentsOf: Self.sourceFile, encoding: .utf8)
        try await TestApp.run { _, client in
            let answer = try await APIClient(client, token: nil).get("/openapi.yaml")
            #expect(answer.status == .ok)
            #expect(answer.headers[.contentType]?.hasPrefix("application/yaml") == true)
            #expect(answer.body == source)
        }
    }

    @Test func theReferencePageListsEveryOperation() async throws {
        let source = try String(contentsOf: Self.sourceFile, encoding: .utf8)
        let operationIDs = source.components(separatedBy: "\n").compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.hasPrefix("operationId: ") ? String(trimmed.dropFirst("operationId: ".count)) : nil
        }
        let document = try APIDocument(text: source)
        #expect(document.endpoints.map(\.operationID) == operationIDs)
        #expect(operationIDs.count == 23)
        #expect(document.answers.map(\.status) == [400, 401, 403, 404, 409, 413, 415, 422])
        try await TestApp.run { _, client in
            var visitor = Visitor(client)
            let zh = try await visitor.get("/api/docs")
            #expect(zh.status == .ok, "public, like the document")
            for endpoint in document.endpoints {
                #expect(zh.body.contains("<code>\(endpoint.method)</code></td><td><code>\(endpoint.path)</code>"), "\(endpoint.operationID)")
                #expect(zh.body.contains(endpoint.summary.zh), "\(endpoint.operationID)")
            }
            #expect(zh.body.contains("Authorization: Bearer lsh_…"))
            #expect(zh.body.contains("X-CSRF-Token"))
            #expect(zh.body.contains("perPage"))
            #expect(zh.body.contains("填报员（本单位）"), "who may call, from the role × operation table")
            let en = try await client.execute(uri: "/api/docs", method: .get, headers: [.cookie: "lang=en"], body: nil)
            #expect(String(buffer: en.body).contains("Monthly progress reports the caller may see"))
        }
    }

    @Test func everyDomainValueHasItsNameInTheDocument() {
        func names<T: RawRepresentable & CaseIterable>(_: T.Type) -> [String] where T.RawValue == String { T.allCases.map(\.rawValue) }
        #expect(names(ProjectStatus.self) == names(S.ProjectStatus.self))
        #expect(names(PhaseStatus.self) == names(S.PhaseStatus.self))
        #expect(names(ProjectCategory.self) == names(S.ProjectCategory.self))
        #expect(names(Indicator.Comparator.self) == names(S.Comparator.self))
        #expect(names(Deadline.Kind.self) == names(S.DeadlineKind.self))
        #expect(names(ProgressReport.State.self) == names(S.ReportState.self))
        #expect(names(SupervisionNotice.State.self) == names(S.NoticeState.self))
        #expect(names(SupervisionNotice.Action.self) == names(S.NoticeAction.self))
        #expect(names(Role.self) == names(S.Role.self))
        #expect(names(FundingSource.self) == names(S.FundingSource.self))
        #expect(names(TrackedAction.State.self) == names(S.ActionState.self))
        #expect(Rung.allCases.map { S.LadderStanding.rung($0).rawValue } == names(S.Rung.self), "the ladder's rungs in order")
    }

    @Test func everyPermissionNamedInTheDocumentIsInTheTable() throws {
        let document = try APIDocument.load()
        let named = Set(document.endpoints.flatMap(\.permissions))
        #expect(named.count == 15)
        #expect(document.endpoints.filter(\.permissions.isEmpty).map(\.operationID) == ["getMe"])
        #expect(throws: APIDocument.Problem.self) {
            try APIDocument(text: "openapi: 3.1.0\npaths:\n  /x:\n    get:\n      operationId: x\n      summary: x\n      x-luoshi-permission: fly\n")
        }
    }
}
