import Foundation
import ReformPlan

extension SVGCharts {
    /// A line per series over the categories (months), gaps where a figure
    /// is missing, a point with its figure in a <title> on every value, the
    /// targets as a dashed line, a 0–100 scale for shares.
    static func trend(_ chart: DocumentChart) -> String {
        let left = 48.0, right = 16.0, top = 12.0, plotHeight = 160.0, width = chartWidth
        let values = (chart.series.flatMap(\.values) + chart.targets).compactMap { $0 }
        let share = chart.unit == "%" && values.allSatisfy { $0 <= 100 }
        let largest = share ? 100 : max(1, (values.max() ?? 1) * 1.1)
        let step = (width - left - right) / Double(max(chart.categories.count, 1))
        func x(_ i: Int) -> Double { left + step * (Double(i) + 0.5) }
        func y(_ v: Double) -> Double { top + plotHeight - v / largest * plotHeight }
        let axisBottom = top + plotHeight
        var out = open(chart, kind: "trend", height: axisBottom + 28 + (chart.series.count > 1 || !chart.targets.isEmpty ? 24 : 0))
        for tick in [0, largest / 2, largest] {
            out += "<line x1=\"\(px(left))\" x2=\"\(px(width - right))\" y1=\"\(px(y(tick)))\" y2=\"\(px(y(tick)))\" class=\"\(tick == 0 ? "axis" : "grid")\"/>"
            out += "<text x=\"\(px(left - 6))\" y=\"\(px(y(tick) + 4))\" text-anchor=\"end\" class=\"month\">\(XMLText.escape(figure(tick.rounded(), chart.unit)))</text>"
        }
        for (i, category) in chart.categories.enumerated() {
            out += "<text x=\"\(px(x(i)))\" y=\"\(px(axisBottom + 18))\" text-anchor=\"middle\" class=\"month\">\(XMLText.escape(category))</text>"
        }
        out += line(chart.targets, name: "目标", class: "target", x: x, y: y, categories: chart.categories, unit: chart.unit, points: false)
        for (s, series) in chart.series.enumerated() {
            out += line(series.values, name: series.name, class: "line s\(s % 6)", x: x, y: y,
                        categories: chart.categories, unit: chart.unit, points: true)
        }
        return out + legend(chart.series.map(\.name), top: axisBottom + 28, target: chart.targets.contains { $0 != nil }) + "</svg>"
    }

    /// Polylines through the present figures, broken at a missing one, and
    /// a titled point on each figure.
    static func line(_ values: [Double?], name: String, class kind: String, x: (Int) -> Double, y: (Double) -> Double,
                     categories: [String], unit: String, points: Bool) -> String {
        var out = "", segment: [String] = []
        func flush() {
            if segment.count > 1 { out += mark("polyline", "points=\"\(segment.joined(separator: " "))\" class=\"\(kind)\"", title: name) }
            segment = []
        }
        for (i, category) in categories.enumerated() {
            guard i < values.count, let value = values[i] else { flush(); continue }
            segment.append("\(px(x(i))),\(px(y(value)))")
            if points {
                out += mark("circle", "cx=\"\(px(x(i)))\" cy=\"\(px(y(value)))\" r=\"3.5\" class=\"point \(kind.replacingOccurrences(of: "line ", with: ""))\"",
                            title: "\(category) \(name)：\(figure(value, unit))")
            }
        }
        flush()
        return out
    }
}
