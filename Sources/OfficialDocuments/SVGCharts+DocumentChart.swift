import Foundation
import ReformPlan

/// A DocumentChart as SVG for web pages: the same chart the DOCX draws
/// natively. Series are told apart by class (`s0`, `s1`, …; colours in
/// luoshi.css, in DocxChart.palette's order), every mark carries a <title>
/// with its category, series and figure, labels are real <text>.
extension SVGCharts {
    public static func chart(_ chart: DocumentChart) -> String {
        switch chart.kind {
        case .bars: bars(chart)
        case .stacked: stacked(chart)
        case .line: trend(chart)
        }
    }

    /// Labels get room for eleven characters ("重点参与的市级改革项目") at the pages' label size.
    static let labelWidth = 150.0, plotWidth = 410.0, figureWidth = 80.0
    static var chartWidth: Double { labelWidth + plotWidth + figureWidth }

    /// "85.5%", "12个": whole figures without decimals, others to one place.
    static func figure(_ value: Double, _ unit: String) -> String {
        (value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)) + unit
    }

    static func open(_ chart: DocumentChart, kind: String, height: Double) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart \(kind)\" viewBox=\"0 0 \(Int(chartWidth)) \(Int(height))\" "
            + "role=\"img\" aria-label=\"\(XMLText.escape(chart.title))\"><title>\(XMLText.escape(chart.title))</title>"
    }

    static func mark(_ shape: String, _ attributes: String, title: String) -> String {
        "<\(shape) \(attributes)><title>\(XMLText.escape(title))</title></\(shape)>"
    }

    static func px(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Horizontal bars, the series side by side within each category's row,
    /// the target as a tick across the row, the figure after the bar.
    static func bars(_ chart: DocumentChart) -> String {
        let count = max(chart.series.count, 1), bar = 12.0, row = Double(count) * bar + 10
        let largest = max(1, (chart.series.flatMap(\.values) + chart.targets).compactMap { $0 }.max() ?? 1)
        let legendTop = 8 + Double(chart.categories.count) * row + 8
        // Room for the legend whenever `legend` draws one: several series, or a target to explain.
        let hasLegend = chart.series.count > 1 || chart.targets.contains { $0 != nil }
        var out = open(chart, kind: "bars", height: legendTop + (hasLegend ? 24 : 0))
        for (i, category) in chart.categories.enumerated() {
            let y = 8 + Double(i) * row
            out += "<text x=\"\(px(labelWidth - 6))\" y=\"\(px(y + row / 2 + 4))\" text-anchor=\"end\" class=\"label\">\(XMLText.escape(category))</text>"
            for (s, series) in chart.series.enumerated() {
                guard i < series.values.count, let value = series.values[i] else { continue }
                let w = max(1, value / largest * plotWidth), top = y + 5 + Double(s) * bar
                out += mark("rect", "x=\"\(px(labelWidth))\" y=\"\(px(top))\" width=\"\(px(w))\" height=\"\(px(bar - 2))\" class=\"bar s\(s % 6)\"",
                            title: "\(category) \(series.name)：\(figure(value, chart.unit))")
                out += "<text x=\"\(px(labelWidth + w + 4))\" y=\"\(px(top + bar - 3))\" class=\"figure\">\(XMLText.escape(figure(value, chart.unit)))</text>"
            }
            if i < chart.targets.count, let target = chart.targets[i] {
                let x = labelWidth + target / largest * plotWidth
                out += mark("line", "x1=\"\(px(x))\" x2=\"\(px(x))\" y1=\"\(px(y + 2))\" y2=\"\(px(y + row - 2))\" class=\"target\"",
                            title: "\(category) 目标：\(figure(target, chart.unit))")
            }
        }
        return out + legend(chart.series.map(\.name), top: legendTop, target: chart.targets.contains { $0 != nil }) + "</svg>"
    }

    /// One bar per category made of its series' segments (status counts),
    /// the total after it, and the legend saying which segment is which.
    static func stacked(_ chart: DocumentChart) -> String {
        let row = 24.0
        let totals = chart.categories.indices.map { i in chart.series.reduce(0) { $0 + (i < $1.values.count ? $1.values[i] ?? 0 : 0) } }
        let largest = max(1, totals.max() ?? 1)
        let legendTop = 8 + Double(chart.categories.count) * row + 8
        var out = open(chart, kind: "stacked", height: legendTop + 24)
        for (i, category) in chart.categories.enumerated() {
            let y = 8 + Double(i) * row
            out += "<text x=\"\(px(labelWidth - 6))\" y=\"\(px(y + 16))\" text-anchor=\"end\" class=\"label\">\(XMLText.escape(category))</text>"
            var x = labelWidth
            for (s, series) in chart.series.enumerated() {
                guard i < series.values.count, let value = series.values[i], value > 0 else { continue }
                let w = value / largest * plotWidth
                out += mark("rect", "x=\"\(px(x))\" y=\"\(px(y + 4))\" width=\"\(px(w))\" height=\"\(px(row - 8))\" class=\"seg s\(s % 6)\"",
                            title: "\(category) \(series.name)：\(figure(value, chart.unit))")
                x += w
            }
            out += "<text x=\"\(px(x + 6))\" y=\"\(px(y + 16))\" class=\"figure\">\(XMLText.escape(figure(totals[i], chart.unit)))</text>"
        }
        return out + legend(chart.series.map(\.name), top: legendTop, target: false) + "</svg>"
    }

    /// Swatches and names in a row under the plot; a dashed swatch for the target.
    static func legend(_ names: [String], top: Double, target: Bool) -> String {
        guard names.count > 1 || target else { return "" }
        var out = "<g class=\"legend\">", x = labelWidth
        for (s, name) in names.enumerated() {
            out += "<rect x=\"\(px(x))\" y=\"\(px(top + 4))\" width=\"12\" height=\"12\" class=\"swatch s\(s % 6)\"/>"
            out += "<text x=\"\(px(x + 16))\" y=\"\(px(top + 14))\" class=\"label\">\(XMLText.escape(name))</text>"
            x += 28 + Double(name.count) * 12
        }
        if target {
            out += "<line x1=\"\(px(x))\" x2=\"\(px(x + 14))\" y1=\"\(px(top + 10))\" y2=\"\(px(top + 10))\" class=\"target\"/>"
            out += "<text x=\"\(px(x + 18))\" y=\"\(px(top + 14))\" class=\"label\">目标</text>"
        }
        return out + "</g>"
    }
}
