import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ReformPlan
@testable import OfficialDocuments

/// DocumentChart as SVG for pages: well-formed, sized by viewBox, classed
/// for CSS, no script, a <title> on every mark, labels as text.
@Suite struct SVGChartTests {
    static let bars = DocumentChart(
        kind: .bars, title: "各区养老服务设施社会化运营率", categories: ["江岸区", "江汉区", "硚口区"],
        series: [DocumentChart.Series(name: "9月", values: [72.5, nil, 65]), DocumentChart.Series(name: "8月", values: [70, 60, 61])],
        targets: [70, 70, nil], unit: "%")

    func count(_ needle: String, in svg: String) -> Int { svg.components(separatedBy: needle).count - 1 }

    func isWellFormed(_ svg: String) -> Bool { XMLParser(data: Data(svg.utf8)).parse() }

    @Test func barsTitleEveryBarAndTargetAndDrawALegend() {
        let svg = SVGCharts.chart(Self.bars)
        #expect(isWellFormed(svg) && !svg.contains("<script") && !svg.contains("style="))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart bars\" viewBox=\"0 0 640 "))
        #expect(count("class=\"bar s0\"", in: svg) == 2 && count("class=\"bar s1\"", in: svg) == 3)
        #expect(svg.contains("<title>江岸区 9月：72.5%</title>") && svg.contains("<title>江汉区 目标：70%</title>"))
        #expect(count("class=\"target\"", in: svg) == 3)  // two ticks and the legend's sample
        #expect(svg.contains(">江岸区</text>") && svg.contains("class=\"legend\"") && svg.contains(">目标</text>"))
    }

    @Test func stackedDrawsOneSegmentPerNonZeroCountAndTheTotal() {
        let svg = SVGCharts.chart(Bulletin.statusChart)
        #expect(isWellFormed(svg) && svg.contains("class=\"chart stacked\""))
        let segments = Bulletin.statusChart.series.flatMap(\.values).filter { ($0 ?? 0) > 0 }.count
        #expect(count("class=\"seg ", in: svg) == segments)
        #expect(svg.contains("<title>江岸区 已完成：3项</title>") && svg.contains(">7项</text>"))
        for name in ["已完成", "推进中", "滞后"] { #expect(svg.contains(">\(name)</text>")) }
    }

    @Test func lineBreaksAtAMissingMonthAndDrawsTheTarget() {
        let svg = SVGCharts.chart(Bulletin.reportingChart)
        #expect(isWellFormed(svg) && svg.contains("class=\"chart trend\""))
        // May has no figure: January–April and June–September are two lines.
        #expect(count("<polyline ", in: svg) == 3 && count("class=\"line s0\"", in: svg) == 2)
        #expect(count("<circle ", in: svg) == 8 && svg.contains("<title>9月 按时报送率：96.5%</title>"))
        #expect(svg.contains(">100%</text>") && svg.contains(">1月</text>") && svg.contains("class=\"target\""))
    }

    /// With LUOSHI_GBT9704_OUT set, the three charts are written there as
    /// SVG files for a person to look at (with the page's chart CSS).
    @Test func chartsCanBeWrittenOutForALook() throws {
        guard let out = ProcessInfo.processInfo.environment["LUOSHI_GBT9704_OUT"] else { return }
        let directory = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, chart) in [("bars", Self.bars), ("stacked", Bulletin.statusChart), ("line", Bulletin.reportingChart)] {
            try SVGCharts.chart(chart).write(to: directory.appendingPathComponent("chart-\(name).svg"), atomically: true, encoding: .utf8)
        }
    }
}
