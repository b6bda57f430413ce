import OfficialDocuments
import ReformPlan

/// A project's phases on the twelve months of its plan year, as SVG drawn
/// on the server: one bar per phase, coloured by status and labelled in
/// words, a dashed line for "today", and a hatched bar for a phase that has
/// only a condition and no months.
struct Gantt {
    struct Bar {
        var label: String
        var timing: String
        var startMonth: Int?
        var endMonth: Int?
        var status: PhaseStatus
        var statusText: String
    }

    let bars: [Bar]
    let year: Int
    let asOf: Day
    let todayLabel: String

    static let labelWidth = 230.0, monthWidth = 52.0, rowHeight = 30.0, header = 26.0

    var svg: String {
        let width = Self.labelWidth + 12 * Self.monthWidth + 10
        let height = Self.header + Double(max(bars.count, 1)) * Self.rowHeight + 8
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(year)\">"
        out += "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"6\" class=\"hatch\"/></pattern></defs>"
        for month in 1...12 {
            let x = Self.labelWidth + Double(month - 1) * Self.monthWidth
            out += "<rect x=\"\(x)\" y=\"0\" width=\"\(Self.monthWidth)\" height=\"\(height)\" class=\"\(month % 2 == 0 ? "even" : "odd")\"/>"
            out += "<text x=\"\(x + Self.monthWidth / 2)\" y=\"17\" class=\"month\" text-anchor=\"middle\">\(month)月</text>"
        }
        for (index, bar) in bars.enumerated() {
            let y = Self.header + Double(index) * Self.rowHeight
            out += "<text x=\"4\" y=\"\(y + 19)\" class=\"label\">\(XMLText.escape(Self.clip(bar.label)))</text>"
            let title = "<title>\(XMLText.escape(bar.label))（\(XMLText.escape(bar.timing))）：\(XMLText.escape(bar.statusText))</title>"
            if let end = bar.endMonth {
                let start = bar.startMonth ?? 1
                let x = Self.labelWidth + Double(start - 1) * Self.monthWidth + 2
                let w = Double(end - start + 1) * Self.monthWidth - 4
                out += "<g><rect x=\"\(x)\" y=\"\(y + 5)\" width=\"\(w)\" height=\"20\" rx=\"3\" class=\"bar status-\(bar.status.rawValue)\"/>"
                out += "<text x=\"\(x + 5)\" y=\"\(y + 19)\" class=\"bar-text\">\(XMLText.escape(bar.statusText))</text>\(title)</g>"
            } else {
                let x = Self.labelWidth + 2, w = 12 * Self.monthWidth - 4
                out += "<g><rect x=\"\(x)\" y=\"\(y + 5)\" width=\"\(w)\" height=\"20\" rx=\"3\" fill=\"url(#hatch)\" class=\"bar conditional\"/>"
                out += "<text x=\"\(x + 5)\" y=\"\(y + 19)\" class=\"bar-text\">\(XMLText.escape(bar.timing))：\(XMLText.escape(bar.statusText))</text>\(title)</g>"
            }
        }
        if asOf.year == year {
            let days = Double(Day.daysIn(month: asOf.month, year: year))
            let x = Self.labelWidth + (Double(asOf.month - 1) + Double(asOf.day) / days) * Self.monthWidth
            out += "<line x1=\"\(x)\" y1=\"\(Self.header - 4)\" x2=\"\(x)\" y2=\"\(height)\" class=\"today\"/>"
            out += "<text x=\"\(x + 3)\" y=\"\(height - 2)\" class=\"today-text\">\(XMLText.escape(todayLabel)) \(asOf.month)-\(asOf.day)</text>"
        }
        return out + "</svg>"
    }

    static func clip(_ text: String) -> String {
        text.count > 14 ? String(text.prefix(13)) + "…" : text
    }
}
