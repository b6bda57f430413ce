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
