import Foundation

/// A page as pdftoppm rasterises it without -png: binary PPM (P6), read
/// here so the layout can be measured in millimetres without an image library.
struct Raster {
    let width: Int
    let height: Int
    let dpi: Double
    private let bytes: [UInt8]

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// "P6\n<width> <height>\n255\n" then width × height RGB triples.
    init(ppm data: Data, dpi: Double) throws {
        let all = [UInt8](data)
        var fields: [Int] = [], index = 2, current = ""
        guard all.starts(with: Array("P6".utf8)) else { throw Failure(description: "not a binary PPM") }
        while fields.count < 3, index < all.count {
            let byte = all[index]
            index += 1
            if byte == UInt8(ascii: "#") { while index < all.count, all[index] != 10 { index += 1 }; continue }
            if (48...57).contains(byte) { current.append(Character(UnicodeScalar(byte))) }
            else if !current.isEmpty { fields.append(Int(current)!); current = "" }
        }
        guard fields.count == 3, fields[2] == 255 else { throw Failure(description: "unexpected PPM header \(fields)") }
        width = fields[0]
        height = fields[1]
        self.dpi = dpi
        bytes = Array(all[index..<min(all.count, index + width * height * 3)])
        guard bytes.count == width * height * 3 else { throw Failure(description: "short PPM data") }
    }

    var millimetresPerPixel: Double { 25.4 / dpi }
    func mm(_ pixels: Int) -> Double { Double(pixels) * millimetresPerPixel }
    func px(_ mm: Double) -> Int { Int((mm / millimetresPerPixel).rounded()) }

    func rgb(_ x: Int, _ y: Int) -> (r: Int, g: Int, b: Int) {
        let i = (y * width + x) * 3
        return (Int(bytes[i]), Int(bytes[i + 1]), Int(bytes[i + 2]))
    }

    typealias Test = @Sendable (_ r: Int, _ g: Int, _ b: Int) -> Bool
    static let ink: Test = { r, g, b in min(r, g, b) < 128 }
    static let red: Test = { r, g, b in r > 200 && g < 80 && b < 80 }
    static let black: Test = { r, g, b in max(r, g, b) < 90 }
    static func near(_ hex: String, within tolerance: Int = 40) -> Test {
        let value = Int(hex, radix: 16)!
        let (tr, tg, tb) = (value >> 16, (value >> 8) & 0xFF, value & 0xFF)
        return { r, g, b in abs(r - tr) + abs(g - tg) + abs(b - tb) <= tolerance }
    }

    /// The bounding box, in mm from the page's top-left corner, of the pixels
    /// passing `test` inside a region given in mm; nil when there are none.
    func box(_ test: Test, x: ClosedRange<Double> = 0...1000, y: ClosedRange<Double> = 0...1000)
        -> (left: Double, top: Double, right: Double, bottom: Double)? {
        let xs = max(0, px(x.lowerBound))...min(width - 1, px(x.upperBound))
        let ys = max(0, px(y.lowerBound))...min(height - 1, px(y.upperBound))
        var left = Int.max, top = Int.max, right = -1, bottom = -1
        for row in ys { for column in xs {
            let p = rgb(column, row)
            if test(p.r, p.g, p.b) {
                left = min(left, column); right = max(right, column); top = min(top, row); bottom = max(bottom, row)
            }
        } }
        return right < 0 ? nil : (mm(left), mm(top), mm(right + 1), mm(bottom + 1))
    }

    /// Horizontal rules: rows where pixels passing `test` run unbroken (gaps
    /// of a pixel allowed) for at least `length` mm, with where each run
    /// starts and ends, in mm. Adjacent rows of one thick rule are merged.
    func rules(_ test: Test, atLeast length: Double) -> [(top: Double, bottom: Double, left: Double, right: Double)] {
        var found: [(top: Double, bottom: Double, left: Double, right: Double)] = []
        var previousRow = -2
        for row in 0..<height {
            var start = -1, best = (0, -1), gap = 0
            for column in 0..<width {
                let p = rgb(column, row)
                if test(p.r, p.g, p.b) {
                    if start < 0 { start = column }
                    gap = 0
                    if column - start > best.1 - best.0 { best = (start, column) }
                } else if start >= 0 { gap += 1; if gap > 1 { start = -1 } }
            }
            guard mm(best.1 - best.0 + 1) >= length else { continue }
            if row == previousRow + 1, let last = found.last {
                found[found.count - 1] = (last.top, mm(row + 1), min(last.left, mm(best.0)), max(last.right, mm(best.1 + 1)))
            } else {
                found.append((mm(row), mm(row + 1), mm(best.0), mm(best.1 + 1)))
            }
            previousRow = row
        }
        return found
    }

    /// Bands of rows holding any pixel passing `test` inside the x range:
    /// the lines of text on a page, top and bottom in mm.
    func bands(_ test: Test, x: ClosedRange<Double>, y: ClosedRange<Double> = 0...1000) -> [(top: Double, bottom: Double)] {
        var bands: [(top: Double, bottom: Double)] = [], start: Int? = nil
        let xs = max(0, px(x.lowerBound))...min(width - 1, px(x.upperBound))
        for row in max(0, px(y.lowerBound))...min(height - 1, px(y.upperBound)) {
            let inked = xs.contains { let p = rgb($0, row); return test(p.r, p.g, p.b) }
            if inked, start == nil { start = row }
            if !inked, let s = start { bands.append((mm(s), mm(row))); start = nil }
        }
        if let s = start { bands.append((mm(s), mm(height))) }
        return bands
    }
}
