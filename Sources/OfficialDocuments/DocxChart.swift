import ReformPlan

/// word/charts/chartN.xml: a DocumentChart as a native DrawingML chart that
/// Word and LibreOffice both draw from the cached figures (c:strCache,
/// c:numCache). No embedded workbook (c:externalData): the figures are the
/// issued ones, not something to edit in place, and the XLSX annex carries
/// the tables. The chart's own title is left out; the caption above it is a
/// paragraph of the document, like a table's.
struct DocxChart {
    typealias L = OfficialLayout
    var chart: DocumentChart
    var face = OfficialStyle.Face.fangSong.name
    var latin = "Times New Roman"

    static let namespaces = #"xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" "#
        + #"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" "#
        + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    /// Print-safe colours that stay apart in greyscale; the web page's SVG
    /// uses the same order (SVGCharts.css).
    static let palette = ["2F5597", "ED7D31", "A5A5A5", "FFC000", "70AD47", "7030A0"]

    /// Height in twips: a bar chart grows with its rows (4 mm a bar plus a
    /// 3 mm gap a category), a trend is a fixed 80 mm; axis and legend take 25 mm.
    var height: Int {
        let frame = 1400, categories = max(chart.categories.count, 1)
        switch chart.kind {
        case .line: return 4536
        case .stacked: return min(frame + categories * 397, L.textHeight - 1200)
        case .bars:
            let bars = max(chart.series.count, 1) + (hasTargets ? 1 : 0)
            return min(frame + categories * (227 * bars + 170), L.textHeight - 1200)
        }
    }

    var hasTargets: Bool { chart.targets.contains { $0 != nil } && chart.kind != .stacked }

    var xml: String {
        var series = chart.series.enumerated().map { index, series in
            self.series(index, name: series.name, values: series.values, color: Self.palette[index % Self.palette.count])
        }
        if hasTargets { series.append(target(chart.series.count)) }
        let plot: String
        switch chart.kind {
        case .line:
            plot = "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>\(series.joined())"
                + "<c:marker val=\"1\"/>\(Self.axisIDs)</c:lineChart>"
        case .bars, .stacked:
            // One series with targets: the hollow target bar lies over the
            // figure's bar (overlap 100), so the gap to the target shows.
            let stacked = chart.kind == .stacked, overlap = stacked || (chart.series.count == 1 && hasTargets)
            plot = "<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"\(stacked ? "stacked" : "clustered")\"/>"
                + "<c:varyColors val=\"0\"/>\(series.joined())<c:gapWidth val=\"60\"/>"
                + "<c:overlap val=\"\(overlap ? 100 : 0)\"/>\(Self.axisIDs)</c:barChart>"
        }
        let legend = series.count > 1 ? "<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/>\(text())</c:legend>" : ""
        return XMLText.declaration
            + "<c:chartSpace \(Self.namespaces)><c:date1904 val=\"0\"/><c:lang val=\"zh-CN\"/><c:roundedCorners val=\"0\"/>"
            + "<c:chart><c:autoTitleDeleted val=\"1\"/><c:plotArea><c:layout/>\(plot)\(axes)</c:plotArea>\(legend)"
            + "<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>"
            + "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>\(text())</c:chartSpace>"
    }

    static let axisIDs = "<c:axId val=\"10\"/><c:axId val=\"20\"/>"

    /// One series; a missing figure is left out of the cache, which both
    /// readers draw as a gap.
    func series(_ index: Int, name: String, values: [Double?], color: String) -> String {
        let column = XlsxGrid.columnName(index + 1), rows = chart.categories.count + 1
        let fill = "<a:solidFill><a:srgbClr val=\"\(color)\"/></a:solidFill>"
        var xml = "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>"
            + "<c:tx>\(Self.strings([name], reference: "Sheet1!$\(column)$1"))</c:tx>"
        switch chart.kind {
        case .line:
            xml += "<c:spPr><a:ln w=\"28575\" cap=\"rnd\">\(fill)<a:round/></a:ln></c:spPr>"
                + "<c:marker><c:symbol val=\"circle\"/><c:size val=\"6\"/><c:spPr>\(fill)</c:spPr></c:marker>"
                + labels(position: "t")
        case .bars:
            xml += "<c:spPr>\(fill)</c:spPr><c:invertIfNegative val=\"0\"/>" + labels(position: "outEnd")
        case .stacked:
            xml += "<c:spPr>\(fill)<a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill></a:ln></c:spPr>"
                + "<c:invertIfNegative val=\"0\"/>"
        }
        xml += "<c:cat>\(Self.strings(chart.categories, reference: "Sheet1!$A$2:$A$\(rows)"))</c:cat>"
            + "<c:val>\(numbers(values, reference: "Sheet1!$\(column)$2:$\(column)$\(rows)"))</c:val>"
        return xml + (chart.kind == .line ? "<c:smooth val=\"0\"/>" : "") + "</c:ser>"
    }

    /// The targets as one more series: hollow bars with a dashed dark-grey
    /// outline next to (or, for one series, over) each category's figures,
    /// or a dashed line on a trend.
    func target(_ index: Int) -> String {
        let column = XlsxGrid.columnName(index + 1), rows = chart.categories.count + 1
        let outline = "<a:ln w=\"15875\"><a:solidFill><a:srgbClr val=\"404040\"/></a:solidFill><a:prstDash val=\"dash\"/></a:ln>"
        let look = chart.kind == .line
            ? "<c:spPr>\(outline)</c:spPr><c:marker><c:symbol val=\"none\"/></c:marker>"
            : "<c:spPr><a:noFill/>\(outline)</c:spPr><c:invertIfNegative val=\"0\"/>"
        return "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>"
            + "<c:tx>\(Self.strings(["目标"], reference: "Sheet1!$\(column)$1"))</c:tx>\(look)"
            + "<c:cat>\(Self.strings(chart.categories, reference: "Sheet1!$A$2:$A$\(rows)"))</c:cat>"
            + "<c:val>\(numbers(chart.targets, reference: "Sheet1!$\(column)$2:$\(column)$\(rows)"))</c:val>"
            + (chart.kind == .line ? "<c:smooth val=\"0\"/>" : "") + "</c:ser>"
    }

    static func strings(_ values: [String], reference: String) -> String {
        let points = values.enumerated().map { "<c:pt idx=\"\($0)\"><c:v>\(XMLText.escape($1))</c:v></c:pt>" }.joined()
        return "<c:strRef><c:f>\(reference)</c:f><c:strCache><c:ptCount val=\"\(values.count)\"/>\(points)</c:strCache></c:strRef>"
    }

    func numbers(_ values: [Double?], reference: String) -> String {
        let count = chart.categories.count
        let points = values.prefix(count).enumerated().compactMap { index, value in
            value.map { "<c:pt idx=\"\(index)\"><c:v>\(XlsxWorkbook.numberText($0))</c:v></c:pt>" }
        }.joined()
        return "<c:numRef><c:f>\(reference)</c:f><c:numCache><c:formatCode>\(XMLText.escape(format))</c:formatCode>"
            + "<c:ptCount val=\"\(count)\"/>\(points)</c:numCache></c:numRef>"
    }
}
