import Foundation
import HummingbirdTesting
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

/// Two server instances on one database, requests alternating between them
/// as a load balancer would send them: nothing needed lives in one process.
@Suite struct TwoInstancesTests {
    @Test(arguments: DatabaseKind.underTest)
    func signInOnOneSubmitOnTheOther(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, clientA in
            let storeB = try await PlanStore.open(app.settings.database)
            do {
                let appB = try await buildApplication(store: storeB, settings: app.settings)
                try await appB.test(.router) { clientB in
                    var onA = try await Visitor.signedIn("yanglao", clientA)
                    var onB = Visitor(clientB)
                    onB.cookie = onA.cookie
                    let form = try await onB.get("/report")
                    #expect(form.status == .ok, "the session made on A is known to B")
                    #expect(try await onB.post("/report", ReportFlowTests.filled("submit")).status == .seeOther)
                    let onAPage = try await onA.get("/report")
                    #expect(onAPage.body.contains("已报送"), "A sees what was submitted through B")
                    // Throttling counts across instances too.
                    var guesserA = Visitor(clientA), guesserB = Visitor(clientB)
                    for attempt in 0..<SignInThrottle.perAccount {
                        if attempt % 2 == 0 { _ = try await guesserA.signIn("jiuzhu", password: "wrong-\(attempt)") }
                        else { _ = try await guesserB.signIn("jiuzhu", password: "wrong-\(attempt)") }
                    }
                    #expect(try await guesserB.signIn("jiuzhu", password: TestApp.password).status == .tooManyRequests)
                    // Signing out on B ends the session on A.
                    _ = try await onB.post("/signout", [:])
                    #expect(try await onA.get("/").status == .seeOther)
                }
                try await storeB.close()
            } catch {
                try? await storeB.close()
                throw error
            }
        }
    }
}
