import Foundation

/// Charts drawn as SVG text on the server, for pages and (later) bulletins:
/// no script, labels as real text so that they can be read and copied, and
/// every mark titled with its figure for screen readers and tooltips.
public enum SVGCharts {
    /// One category of a bar chart: its actual figure and, when known, its target.
    public struct Bar: Sendable {
        public var label: String
        public var value: Double?
        public var target: Double?
        /// Drawn in the warning colour (behind target, for example).
        public var short: Bool

        public init(label: String, value: Double?, target: Double?, short: Bool = false) {
            self.label = label
            self.value = value
            self.target = target
            self.short = short
        }
    }

    /// Horizontal bars, one row per category: the actual value as a bar, the
    /// target as a tick across it, figures written at the bar's end.
    public static func bars(_ bars: [Bar], unit: String, format: (Double) -> String, title: String) -> String {
        let labelWidth = 120.0, plot = 420.0, row = 24.0, top = 8.0, right = 90.0
        let largest = max(1, bars.flatMap { [$0.value ?? 0, $0.target ?? 0] }.max() ?? 1)
        let height = top + Double(max(bars.count, 1)) * row + 8
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart bars\" viewBox=\"0 0 \(Int(labelWidth + plot + right)) \(Int(height))\" role=\"img\" aria-label=\"\(XMLText.escape(title))\">"
        for (i, bar) in bars.enumerated() {
            let y = top + Double(i) * row
            out += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 16)\" text-anchor=\"end\" class=\"label\">\(XMLText.escape(bar.label))</text>"
            let figure = bar.value.map { format($0) + unit } ?? "—"
            let target = bar.target.map { "，目标" + format($0) + unit } ?? ""
            if let value = bar.value {
                let w = max(1, value / largest * plot)
                out += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(round(w))\" height=\"\(row - 8)\" class=\"\(bar.short ? "bar short" : "bar")\"><title>\(XMLText.escape(bar.label))：\(XMLText.escape(figure + target))</title></rect>"
            }
            if let t = bar.target {
                let x = labelWidth + t / largest * plot
                out += "<line x1=\"\(round(x))\" x2=\"\(round(x))\" y1=\"\(y + 1)\" y2=\"\(y + row - 1)\" class=\"target\"/>"
            }
            let end = labelWidth + max(bar.value ?? 0, bar.target ?? 0) / largest * plot
            out += "<text x=\"\(round(end) + 6)\" y=\"\(y + 16)\" class=\"figure\">\(XMLText.escape(figure))</text>"
        }
        return out + "</svg>"
    }

    /// A line over the months of a year (1–12), gaps where a month has no
    /// figure, and the target as a dashed line.
    public static func months(_ points: [(month: Int, value: Double?)], target: Double?, unit: String,
                              format: (Double) -> String, title: String) -> String {
        let left = 48.0, width = 600.0, height = 180.0, top = 12.0, bottom = 24.0
        let plotH = height - top - bottom, step = (width - left - 12) / 11
        let largest = max(1, (points.compactMap(\.value) + [target ?? 0]).max() ?? 1) * 1.1
        func y(_ v: Double) -> Double { round(top + plotH - v / largest * plotH) }
        func x(_ m: Int) -> Double { round(left + Double(m - 1) * step) }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart trend\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(XMLText.escape(title))\">"
        for m in 1...12 {
            out += "<text x=\"\(x(m))\" y=\"\(height - 6)\" text-anchor=\"middle\" class=\"month\">\(m)月</text>"
        }
        out += "<line x1=\"\(left)\" x2=\"\(width - 8)\" y1=\"\(y(0))\" y2=\"\(y(0))\" class=\"axis\"/>"
        out += "<text x=\"\(left - 6)\" y=\"\(y(0) + 4)\" text-anchor=\"end\" class=\"month\">0</text>"
        if let target {
            out += "<line x1=\"\(left)\" x2=\"\(width - 8)\" y1=\"\(y(target))\" y2=\"\(y(target))\" class=\"target\"><title>目标\(XMLText.escape(format(target) + unit))</title></line>"
            out += "<text x=\"\(left - 6)\" y=\"\(y(target) + 4)\" text-anchor=\"end\" class=\"month\">\(XMLText.escape(format(target)))</text>"
        }
        var segment: [String] = []
        func flush() {
            if segment.count > 1 { out += "<polyline points=\"\(segment.joined(separator: " "))\" class=\"line\"/>" }
            segment = []
        }
        for point in points.sorted(by: { $0.month < $1.month }) {
            guard let v = point.value else { flush(); continue }
            segment.append("\(x(point.month)),\(y(v))")
            out += "<circle cx=\"\(x(point.month))\" cy=\"\(y(v))\" r=\"3.5\" class=\"point\"><title>\(point.month)月：\(XMLText.escape(format(v) + unit))</title></circle>"
        }
        flush()
        return out + "</svg>"
    }
}
