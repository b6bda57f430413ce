import ArgumentParser
import Foundation

/// A failure the user caused, said plainly, exiting non-zero without a trace.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

enum Input {
    static func read(_ path: String) throws -> Data {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure("找不到文件：\(path) (No such file.)")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure("无法读取文件：\(path) (\(error.localizedDescription))")
        }
    }
}

enum Output {
    static func error(_ line: String) {
        // Foundation's write(_:) traps on a closed stream; a message that cannot be shown is dropped.
        try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
    }

    static func write(_ data: Data, to path: String?) throws {
        guard let path else {
            do {
                try FileHandle.standardOutput.write(contentsOf: data)
            } catch {
                throw CommandFailure("无法写到标准输出 (cannot write to standard output): \(error.localizedDescription)")
            }
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure("无法写入文件：\(path) (\(error.localizedDescription))")
        }
    }
}
