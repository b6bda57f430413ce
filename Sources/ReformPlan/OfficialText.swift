/// An official document (公文) as words, tables and charts, before any layout:
/// what a monthly bulletin, a half-year summary or an assessment result says.
/// It is what gets frozen when a document is issued (stored as JSON), and what
/// OfficialDocuments lays out in GB/T 9704 as DOCX, with its tables again as an
/// XLSX annex. The parts are named after the standard's elements (§7).
public struct OfficialText: Codable, Hashable, Sendable {
    /// 发文机关标志, printed in red above the red line: "武汉市民政局改革工作领导小组办公室".
    public var organ: String
    /// 发文字号, "武民改办通报〔2019〕7号"; nil while the document is a draft.
    public var number: String?
    /// 标题, "关于2019年9月全市民政改革工作进展情况的通报".
    public var title: String
    /// 主送机关, in order; joined with "、" and closed with "：".
    public var addressees: [String]
    /// 正文: headings, paragraphs, tables and charts in reading order.
    public var body: [Block]
    /// 附件, each on pages of its own after the body (§7.3.7).
    public var attachments: [Attachment]
    /// 发文机关署名, printed above the date.
    public var signature: String
    /// 成文日期.
    public var date: Day
    /// 附注, e.g. "（联系人：…，电话：…）"; nil when there is none.
    public var note: String?
    /// 抄送机关 in the 版记.
    public var copiedTo: [String]
    /// 印发机关 in the 版记.
    public var printedBy: String
    /// 印发日期 in the 版记.
    public var printedOn: Day

    public init(organ: String, number: String? = nil, title: String, addressees: [String] = [], body: [Block],
                attachments: [Attachment] = [], signature: String, date: Day, note: String? = nil,
                copiedTo: [String] = [], printedBy: String, printedOn: Day) {
        self.organ = organ
        self.number = number
        self.title = title
        self.addressees = addressees
        self.body = body
        self.attachments = attachments
        self.signature = signature
        self.date = date
        self.note = note
        self.copiedTo = copiedTo
        self.printedBy = printedBy
        self.printedOn = printedOn
    }

    /// One element of the body or of an attachment.
    public enum Block: Codable, Hashable, Sendable {
        /// A heading of level 1–4: "一、" 黑体, "（一）" 楷体, "1." and "（1）" 仿宋
        /// (§7.3.3). The text carries its own number, as written.
        case heading(level: Int, text: String)
        /// A paragraph of body text, indented two characters.
        case paragraph(String)
        case table(DocumentTable)
        case chart(DocumentChart)
    }

    /// 附件: a numbered attachment with its own title and content.
    public struct Attachment: Codable, Hashable, Sendable {
        public var title: String
        public var body: [Block]

        public init(title: String, body: [Block]) {
            self.title = title
            self.body = body
        }
    }

    /// Every table of the document, body first, then the attachments':
    /// what goes out again as the XLSX annex, one sheet each.
    public var tables: [DocumentTable] {
        func tables(in blocks: [Block]) -> [DocumentTable] {
            blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
        }
        return tables(in: body) + attachments.flatMap { tables(in: $0.body) }
    }

    /// A supervisor's text as body paragraphs: one per line, blank lines dropped.
    public static func paragraphs(_ text: String) -> [Block] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.map { .paragraph($0) }
    }

    /// Every chart of the document, in reading order.
    public var charts: [DocumentChart] {
        (body + attachments.flatMap(\.body)).compactMap { if case .chart(let chart) = $0 { chart } else { nil } }
    }
}

/// A table in an official document: a caption, one header row, data rows of
/// text as they are to be printed, and relative column widths.
public struct DocumentTable: Codable, Hashable, Sendable {
    public var title: String
    public var columns: [String]
    public var rows: [[String]]
    /// Relative widths, one per column; empty for equal widths.
    public var widths: [Int]
    /// A line printed under the table ("注：…"); nil when there is none.
    public var note: String?

    public init(title: String, columns: [String], rows: [[String]], widths: [Int] = [], note: String? = nil) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.widths = widths
        self.note = note
    }
}

/// A chart in an official document or on a page: categories along one axis,
/// one or more series of figures, and optionally a target per category.
/// Drawn as SVG on pages and as a native chart in the DOCX.
public struct DocumentChart: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable {
        /// Horizontal bars side by side, one per series.
        case bars
        /// Horizontal bars with the series stacked (status counts per category).
        case stacked
        /// A line per series over the categories (a monthly trend).
        case line
    }

    public struct Series: Codable, Hashable, Sendable {
        public var name: String
        /// One figure per category; nil where there is none.
        public var values: [Double?]

        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    public var kind: Kind
    public var title: String
    public var categories: [String]
    public var series: [Series]
    /// A target per category (drawn as a mark across the bar); empty for none.
    public var targets: [Double?]
    /// The unit of the figures, "%" or "个"; empty for plain counts.
    public var unit: String

    public init(kind: Kind, title: String, categories: [String], series: [Series], targets: [Double?] = [],
                unit: String = "") {
        self.kind = kind
        self.title = title
        self.categories = categories
        self.series = series
        self.targets = targets
        self.unit = unit
    }
}
