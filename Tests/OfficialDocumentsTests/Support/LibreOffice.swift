import Foundation

/// Headless LibreOffice and poppler, driven as a reader would open our files.
/// Each conversion gets its own profile directory: two soffice processes
/// sharing one profile wait on its lock or fail, and tests run in parallel.
enum LibreOffice {
    static var isAvailable: Bool { executable("soffice") != nil }
    static var hasPoppler: Bool { executable("pdftotext") != nil && executable("pdftoppm") != nil }

    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// A fresh directory under /tmp for one test's files and profile.
    static func workDirectory(_ name: String) throws -> URL {
        let url = URL(fileURLWithPath: "/tmp/luoshi-officialdocuments-\(name)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Removes a test's directory, unless LUOSHI_KEEP_RENDERINGS is set: then
    /// the PDF, its page images and the CSV stay for a person to look at.
    static func finish(_ directory: URL) {
        if ProcessInfo.processInfo.environment["LUOSHI_KEEP_RENDERINGS"] != nil {
            print("renderings kept in \(directory.path)")
            try? FileManager.default.removeItem(at: directory.appendingPathComponent("profile"))
        } else {
            try? FileManager.default.removeItem(at: directory)
        }
    }

    /// Converts `input` with `--convert-to filter` into `directory` and returns
    /// the output file, which keeps the input's name with the new extension.
    /// `environment` is added to this process's (FONTCONFIG_FILE, for one).
    static func convert(_ input: URL, to filter: String, extension ext: String, in directory: URL,
                        environment: [String: String] = [:]) throws -> URL {
        let profile = directory.appendingPathComponent("profile")
        try run(executable("soffice")!, [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
            "--convert-to", filter, "--outdir", directory.path, input.path,
        ], timeout: 180, environment: environment)
        let output = input.deletingPathExtension().appendingPathExtension(ext).lastPathComponent
        return directory.appendingPathComponent(output)
    }

    static func pdfText(_ pdf: URL) throws -> String {
        let text = pdf.deletingPathExtension().appendingPathExtension("txt")
        try run(executable("pdftotext")!, ["-layout", pdf.path, text.path], timeout: 60)
        return try String(contentsOf: text, encoding: .utf8)
    }

    /// Pages as PNG next to the PDF (`prefix-1.png` …), for a person to look at.
    static func pagesAsPNG(_ pdf: URL, prefix: URL) throws {
        try run(executable("pdftoppm")!, ["-png", "-r", "80", pdf.path, prefix.path], timeout: 60)
    }

    /// Pages as binary PPM at `dpi` (`prefix-1.ppm` …, or `prefix-01.ppm`
    /// when there are ten or more), in page order.
    static func pagesAsPPM(_ pdf: URL, prefix: URL, dpi: Int) throws -> [URL] {
        try run(executable("pdftoppm")!, ["-r", "\(dpi)", pdf.path, prefix.path], timeout: 120)
        let directory = prefix.deletingLastPathComponent(), name = prefix.lastPathComponent + "-"
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasPrefix(name) && $0.hasSuffix(".ppm") }
        return files.sorted { Int($0.dropFirst(name.count).dropLast(4))! < Int($1.dropFirst(name.count).dropLast(4))! }
            .map { directory.appendingPathComponent($0) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs a program, killing it after `timeout` seconds so a hung soffice
    /// fails the test instead of stalling the whole run.
    static func run(_ program: URL, _ arguments: [String], timeout: TimeInterval,
                    environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let log = Pipe()
        process.standardOutput = log
        process.standardError = log
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "\(program.lastPathComponent) took longer than \(Int(timeout)) s")
        }
        let output = String(decoding: log.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(program.lastPathComponent) exited \(process.terminationStatus): \(output)")
        }
    }
}
