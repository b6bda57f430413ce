import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite struct AccountAndAuditCommandTests {
    @Test func accountsAreManagedFromTheCommandLine() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }
        let noUnit = try cli.run(["user", "add", "alice", "--role", "reporter"])
        #expect(noUnit.status != 0)
        #expect(noUnit.stderr.contains("--unit"))
        let badRole = try cli.run(["user", "add", "alice", "--role", "boss"])
        #expect(badRole.stderr.contains("角色“boss”不存在"))
        let added = try cli.run(["user", "add", "alice", "--role", "reporter", "--unit", "养老服务处", "--name", "王丽"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.output.contains("初始密码"))
        let twice = try cli.run(["user", "add", "alice", "--role", "viewer"])
        #expect(twice.status != 0)
        #expect(twice.stderr.contains("已存在"))
        #expect(try cli.run(["user", "passwd", "nobody"]).stderr.contains("没有账户“nobody”"))
        #expect(try cli.run(["user", "disable", "alice"]).status == 0)
        let list = try cli.run(["user", "list"])
        #expect(list.output.contains("alice\treporter\t王丽\t养老服务处\t已停用"))
        let badLogin = try cli.run(["user", "add", "王 丽", "--role", "viewer"])
        #expect(badLogin.stderr.contains("登录名只能包含"))
    }

    @Test func tokenCreatePrintsAnAccessTokenOnceAndKeepsItsHash() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }
        #expect(try cli.run(["user", "add", "bot", "--role", "supervisor", "--unit", "局规划发展处"]).status == 0)
        let made = try cli.run(["token", "create", "bot", "--name", "接口测试", "--days", "3"])
        #expect(made.status == 0, "\(made.stderr)")
        let token = made.output.trimmingCharacters(in: .newlines)
        #expect(token.hasPrefix("lsh_") && token.count == 47 && !token.contains(" "), "\(token)")
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", """
            import hashlib, sqlite3, sys
            c = sqlite3.connect('luoshi.sqlite')
            rows = c.execute("SELECT name, token_hash FROM access_tokens").fetchall()
            sys.exit(0 if rows == [('接口测试', hashlib.sha256(sys.argv[1].encode()).hexdigest())] else 1)
            """, token]
        check.currentDirectoryURL = cli.folder
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0, "only the token's SHA-256 is stored")
        #expect(try cli.run(["token", "create", "nobody", "--name", "x"]).stderr.contains("没有账户“nobody”"))
        let tooLong = try cli.run(["token", "create", "bot", "--name", "x", "--days", "400"])
        #expect(tooLong.status != 0)
        #expect(tooLong.stderr.contains("有效期应为1到365天"))
        _ = try cli.run(["user", "disable", "bot"])
        #expect(try cli.run(["token", "create", "bot", "--name", "x"]).stderr.contains("已停用"))
    }

    @Test func auditVerifyFindsAnEditedEntry() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }
        for login in ["a1", "a2", "a3"] { _ = try cli.run(["user", "add", login, "--role", "viewer"]) }
        let intact = try cli.run(["audit", "verify"])
        #expect(intact.status == 0, "\(intact.stderr)")
        #expect(intact.output.contains("3条记录"))
        // Someone edits the second entry behind the program's back.
        let edit = Process()
        edit.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        edit.arguments = ["python3", "-c", "import sqlite3; c = sqlite3.connect('luoshi.sqlite'); c.execute(\"UPDATE audit_log SET actor = 'mallory' WHERE id = 2\"); c.commit()"]
        edit.currentDirectoryURL = cli.folder
        try edit.run()
        edit.waitUntilExit()
        #expect(edit.terminationStatus == 0)
        let broken = try cli.run(["audit", "verify"])
        #expect(broken.status != 0)
        #expect(broken.stderr.contains("第2条"))
    }

    @Test func serveCreatesTheFirstAdministratorAndStopsOnSIGTERM() async throws {
        let cli = try CommandRunner()
        defer { cli.remove() }
        let port = 20000 + Int.random(in: 0..<30000)
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["serve", "--port", String(port), "--database", "serve.sqlite", "--attachments", "att"]
        process.currentDirectoryURL = cli.folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var health = 0
        for _ in 0..<100 where health != 200 {
            try await Task.sleep(for: .milliseconds(200))
            health = (try? await Self.status("http://127.0.0.1:\(port)/health")) ?? 0
        }
        #expect(health == 200)
        #expect(try await Self.status("http://127.0.0.1:\(port)/ready") == 200)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "a graceful stop")
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(printed.contains("已创建管理员账户 admin"))
        let list = try cli.run(["user", "list", "--database", "serve.sqlite"])
        #expect(list.output.contains("admin\tadministrator"))
    }

    static func status(_ url: String) async throws -> Int {
        let (_, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }
}
