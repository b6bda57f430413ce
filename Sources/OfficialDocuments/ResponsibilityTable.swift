import ReformPlan

/// The responsibility breakdown table (责任分解表) as plain values: what every
/// rendering shows, decided once. Renderers only lay these strings out, so a
/// DOCX and a CSV of the same plan can never disagree about a cell.
public struct ResponsibilityTable: Hashable, Sendable {
    /// The columns in the order the bureau's attachment lists them.
    public enum Column: Int, Hashable, Sendable, CaseIterable {
        case number, category, title, leadAgency, firstResponsible, leaderInCharge
        case responsibleUnits, contactPhone, deadline, steps

        /// The heading as printed in the table's header row.
        public var heading: String {
            switch self {
            case .number: "序号"
            case .category: "类别"
            case .title: "改革项目"
            case .leadAgency: "牵头单位"
            case .firstResponsible: "第一责任人"
            case .leaderInCharge: "分管领导"
            case .responsibleUnits: "责任处室/单位"
            case .contactPhone: "联系电话"
            case .deadline: "完成时限"
            case .steps: "实施步骤"
            }
        }
    }

    /// One project's row. Cells are kept in `Column` order so that renderers can
    /// walk them without a dictionary's unstable order.
    public struct Row: Hashable, Sendable {
        public var cells: [String]

        public init(cells: [String]) {
            precondition(cells.count == Column.allCases.count, "a row has one cell per column")
            self.cells = cells
        }

        public subscript(column: Column) -> String {
            get { cells[column.rawValue] }
            set { cells[column.rawValue] = newValue }
        }
    }

    /// Consecutive rows under one heading ("（一）牵头改革项目（4项）"). A plan whose
    /// projects carry neither category nor group heading gives one group with
    /// no heading, and renderers then draw no heading row.
    public struct Group: Hashable, Sendable {
        /// The category or group name as the 类别 cell shows it.
        public var name: String
        /// The spanning heading row's text, numbered and counted; nil for no row.
        public var heading: String?
        public var rows: [Row]

        public init(name: String, heading: String?, rows: [Row]) {
            self.name = name
            self.heading = heading
            self.rows = rows
        }
    }

    /// "附件" when the notice lists this table as its attachment: GB/T 9704
    /// §7.3.7 then wants that word at the top left of the attachment's page.
    public var label: String?
    /// "2019年市民政局改革要点责任分解表".
    public var title: String
    /// The line under the title: issuer and issue date, e.g. "武汉市民政局　2019年5月16日".
    public var subtitle: String?
    public var groups: [Group]

    public init(label: String? = nil, title: String, subtitle: String?, groups: [Group]) {
        self.label = label
        self.title = title
        self.subtitle = subtitle
        self.groups = groups
    }

    public var columns: [Column] { Column.allCases }

    /// Every project row, in order, without the group headings.
    public var rows: [Row] { groups.flatMap(\.rows) }

    /// True when every row sits under a heading row, so the heading says what
    /// the 类别 cell would repeat on every line.
    public var hasGroupHeadings: Bool {
        !groups.isEmpty && groups.allSatisfy { $0.heading != nil }
    }
}
