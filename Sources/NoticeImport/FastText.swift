/// Substring tests by UTF-8 bytes. Foundation's `contains(_:)` on String goes
/// through CFStringFind with character-cluster folding, which made it most of
/// an import's time (measured with perf on `luoshi bench import`); the notice's
/// words are matched exactly, so a byte search says the same, far faster. Being
/// a concrete `String` method, this overload is chosen over Foundation's generic one.
extension String {
    func contains(_ other: String) -> Bool {
        if other.isEmpty { return true }
        var haystack = self
        var needle = other
        return haystack.withUTF8 { h in needle.withUTF8 { n in FastText.find(n, in: h) } }
    }
}

extension String {
    /// The first place `other` stands, found by bytes (see `contains(_:)`).
    func fastRange(of other: String) -> Range<String.Index>? {
        guard !other.isEmpty else { return nil }
        var haystack = self
        var needle = other
        let offset: Int? = haystack.withUTF8 { h in needle.withUTF8 { n in FastText.offset(of: n, in: h) } }
        guard let offset else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: other.utf8.count)
    }
}

enum FastText {
    static func offset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard needle.count <= haystack.count, let first = needle.first else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == first {
            var k = 1
            while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
            if k == needle.count { return i }
        }
        return nil
    }

    static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}

extension String {
    /// A string from scalars, encoded to UTF-8 in one buffer: appending scalar
    /// by scalar to a UnicodeScalarView was a tenth of an import's time.
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for s in scalars {
            let v = s.value
            switch v {
            case 0..<0x80:
                bytes.append(UInt8(v))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | v >> 6)); bytes.append(UInt8(0x80 | v & 0x3F))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | v >> 12)); bytes.append(UInt8(0x80 | v >> 6 & 0x3F)); bytes.append(UInt8(0x80 | v & 0x3F))
            default:
                bytes.append(UInt8(0xF0 | v >> 18)); bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | v >> 6 & 0x3F)); bytes.append(UInt8(0x80 | v & 0x3F))
            }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
