import Foundation
import ReformPlan

/// Turns the bytes of a published notice into text. Chinese government sites
/// still publish GB18030/GBK, so UTF-8 is tried strictly first and GB18030 second;
/// a file cut off inside a multi-byte character keeps what came before the cut.
enum TextDecoding {
    /// Foundation on Linux names GB18030 only by its CoreFoundation number.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static func decode(_ data: Data) throws(NoticeImportError) -> (text: String, findings: [Finding]) {
        var bytes = [UInt8](data)
        var findings: [Finding] = []
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw .empty }
        if let nul = bytes.firstIndex(of: 0) { throw .notText(byteOffset: nul) }

        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, findings)
        }
        // A UTF-8 file cut inside its last character: keep the whole characters.
        if let cut = truncatedUTF8Tail(bytes), let text = String(validating: bytes[..<cut], as: UTF8.self) {
            findings.append(truncationFinding(in: text))
            return (text, findings)
        }
        if looksLikeUTF8(bytes) == false, let text = String(data: Data(bytes), encoding: gb18030),
           isPlausibleText(text) {
            return (text, findings)
        }
        // GB18030 cut inside a two-byte character.
        if bytes.count > 1, bytes.last! >= 0x81, looksLikeUTF8(bytes) == false,
           let text = String(data: Data(bytes.dropLast()), encoding: gb18030), isPlausibleText(text) {
            findings.append(truncationFinding(in: text))
            return (text, findings)
        }
        throw .notText(byteOffset: firstInvalidUTF8Offset(bytes))
    }

    private static func truncationFinding(in text: String) -> Finding {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return Finding(line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1,
                       message: "文件末尾被截断：最后一个字符不完整，已舍弃；文件可能不完整，请核对原文。")
    }

    /// The index where an incomplete UTF-8 sequence starts, if the bytes end in one.
    private static func truncatedUTF8Tail(_ bytes: [UInt8]) -> Int? {
        var i = bytes.count - 1
        var continuation = 0
        while i >= 0, bytes[i] & 0xC0 == 0x80, continuation < 3 { i -= 1; continuation += 1 }
        guard i >= 0 else { return nil }
        let lead = bytes[i]
        let expected = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0
        return expected > continuation ? i : nil
    }

    /// Mostly-valid UTF-8 with a stray bad byte is still UTF-8 that was damaged,
    /// not GB18030; decoding it as GB18030 would produce confident nonsense.
    private static func looksLikeUTF8(_ bytes: [UInt8]) -> Bool {
        let bad = firstInvalidUTF8Offset(bytes)
        return bad > 4096 && bad > bytes.count / 2
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    /// Text has few control characters; a binary that happens to decode does not.
    private static func isPlausibleText(_ text: String) -> Bool {
        var control = 0, total = 0
        for scalar in text.unicodeScalars {
            total += 1
            if scalar.value < 0x20, scalar != "\n", scalar != "\r", scalar != "\t" { control += 1 }
            if (0xE000...0xF8FF).contains(scalar.value) { control += 1 }  // private use: GBK user-defined area
        }
        return total > 0 && control * 50 < total
    }
}
