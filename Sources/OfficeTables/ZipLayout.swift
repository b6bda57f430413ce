import Foundation

/// Checks that a ZIP archive's directory stays inside the bytes before
/// ZIPFoundation reads it. Works around two faults of ZIPFoundation with
/// damaged archives: reading in memory it traps (a range with its bounds
/// reversed in MemoryFile.readData) when an entry points past the end, and
/// reading a file it loops for ever on the same. Every entry of the central
/// directory must have its local header and its compressed bytes within the
/// data. ZIP64 archives are refused: no office file needs one.
enum ZipLayout {
    /// Where one entry's bytes lie in the archive, as its central directory says.
    struct Entry {
        var method: Int
        var crc32: UInt32
        var uncompressedSize: Int
        var bytes: Range<Int>
    }

    /// The archive's entries by name, each checked to lie inside the data.
    static func entries(_ data: Data) throws(OfficeFileError) -> [String: Entry] {
        var found: [String: Entry] = [:]
        try walk(data) { name, entry in found[name] = entry }
        return found
    }

    static func check(_ data: Data) throws(OfficeFileError) {
        try walk(data) { _, _ in }
    }

    private static func walk(_ data: Data, _ visit: (String, Entry) -> Void) throws(OfficeFileError) {
        let bytes = [UInt8](data)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        // The end record is the last thing in the file, before a comment of up to 64 KB.
        let lowest = max(0, bytes.count - 22 - 65_535)
        guard bytes.count >= 22,
              let end = stride(from: bytes.count - 22, through: lowest, by: -1).first(where: { u32($0) == 0x0605_4B50 })
        else { throw .notZip }
        let count = u16(end + 10), size = u32(end + 12), start = u32(end + 16)
        guard count != 0xFFFF, size != 0xFFFF_FFFF, start != 0xFFFF_FFFF, start + size <= end else { throw .notZip }
        var at = start
        for _ in 0..<count {
            guard at + 46 <= start + size, u32(at) == 0x0201_4B50 else { throw .notZip }
            let compressed = u32(at + 20), local = u32(at + 42)
            let next = at + 46 + u16(at + 28) + u16(at + 30) + u16(at + 32)
            guard compressed != 0xFFFF_FFFF, u32(at + 24) != 0xFFFF_FFFF, local != 0xFFFF_FFFF, next <= start + size,
                  local + 30 <= start, u32(local) == 0x0403_4B50,
                  local + 30 + u16(local + 26) + u16(local + 28) + compressed <= start
            else { throw .notZip }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + u16(at + 28))], as: UTF8.self)
            let first = local + 30 + u16(local + 26) + u16(local + 28)
            visit(name, Entry(method: u16(at + 10), crc32: UInt32(u32(at + 16)), uncompressedSize: u32(at + 24),
                              bytes: first..<(first + compressed)))
            at = next
        }
    }
}
