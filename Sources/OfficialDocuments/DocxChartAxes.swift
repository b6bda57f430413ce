/// The axes, labels and text of a DocxChart.
extension DocxChart {
    /// Bars run horizontally (c:barDir="bar") with the categories down the
    /// left in reading order (orientation maxMin puts the first on top; the
    /// value axis then crosses at "max" to stay at the bottom). A trend has
    /// its months along the bottom.
    var axes: String {
        let horizontal = chart.kind != .line
        let line = "<c:spPr><a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"595959\"/></a:solidFill></a:ln></c:spPr>"
        let grid = "<c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"D9D9D9\"/></a:solidFill>"
            + "</a:ln></c:spPr></c:majorGridlines>"
        let categories = "<c:catAx><c:axId val=\"10\"/><c:scaling><c:orientation val=\"\(horizontal ? "maxMin" : "minMax")\"/>"
            + "</c:scaling><c:delete val=\"0\"/><c:axPos val=\"\(horizontal ? "l" : "b")\"/>"
            + "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/>"
            + "<c:tickLblPos val=\"nextTo\"/>\(line)\(text())<c:crossAx val=\"20\"/><c:crosses val=\"autoZero\"/>"
            + "<c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
        let maximum = isShare ? "<c:max val=\"100\"/>" : ""
        let values = "<c:valAx><c:axId val=\"20\"/><c:scaling><c:orientation val=\"minMax\"/>\(maximum)<c:min val=\"0\"/>"
            + "</c:scaling><c:delete val=\"0\"/><c:axPos val=\"\(horizontal ? "b" : "l")\"/>\(grid)"
            + "<c:numFmt formatCode=\"\(XMLText.escape(axisFormat))\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/>"
            + "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>\(line)\(text())<c:crossAx val=\"10\"/>"
            + "<c:crosses val=\"\(horizontal ? "max" : "autoZero")\"/><c:crossBetween val=\"between\"/></c:valAx>"
        return categories + values
    }

    /// Percentages up to 100 are drawn on a 0–100 scale, so two charts of
    /// shares compare at a glance.
    var isShare: Bool {
        chart.unit == "%" && (chart.series.flatMap(\.values) + chart.targets).allSatisfy { ($0 ?? 0) <= 100 }
    }

    /// Whole figures without decimals, others to one place; the unit after
    /// the figure in data labels ("85.5%", "12个").
    var format: String {
        let whole = chart.series.flatMap(\.values).allSatisfy { ($0 ?? 0) == ($0 ?? 0).rounded() }
        let number = whole ? "0" : "0.0"
        return chart.unit.isEmpty ? number : number + "\"\(chart.unit.replacingOccurrences(of: "\"", with: ""))\""
    }

    var axisFormat: String { chart.unit == "%" ? "0\"%\"" : "0" }

    /// Figures written at the bar's end or above a point; a stacked bar's
    /// segments are too narrow for them and go without.
    func labels(position: String) -> String {
        "<c:dLbls><c:numFmt formatCode=\"\(XMLText.escape(format))\" sourceLinked=\"0\"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
            + "\(text(size: 900))<c:dLblPos val=\"\(position)\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/>"
            + "<c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>"
    }

    /// Text properties naming the Chinese face (`a:ea`) as well as the Latin
    /// one: without `ea` readers fall back to a Latin face's CJK fallback.
    func text(size: Int = 1050) -> String {
        "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"\(size)\" b=\"0\">"
            + "<a:solidFill><a:srgbClr val=\"262626\"/></a:solidFill><a:latin typeface=\"\(XMLText.escape(latin))\"/>"
            + "<a:ea typeface=\"\(XMLText.escape(face))\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p></c:txPr>"
    }
}
