/// Where a project's money comes from (六(三) 项目经费预算).
public enum FundingSource: String, Hashable, Sendable, Codable, CaseIterable {
    case cityFinance
    case districtFinance
    case specialFund
    case rewardSubsidy
    case other

    public var chineseName: String {
        switch self {
        case .cityFinance: "市级财政"
        case .districtFinance: "区级财政"
        case .specialFund: "专项资金"
        case .rewardSubsidy: "以奖代补"
        case .other: "其他"
        }
    }

    public var englishName: String {
        switch self {
        case .cityFinance: "City finance"
        case .districtFinance: "District finance"
        case .specialFund: "Special fund"
        case .rewardSubsidy: "Award in lieu of subsidy"
        case .other: "Other"
        }
    }
}

/// One line of a project's budget: so much money from one source. A project
/// names it by the plan's project number, like reports and notices do.
public struct BudgetLine: Hashable, Sendable, Codable {
    public var id: Int64?
    public var project: Int
    public var source: FundingSource
    public var amount: Money
    public var note: String
    /// Raised by every save; an editor sends the version they started from.
    public var version: Int

    public init(id: Int64? = nil, project: Int, source: FundingSource, amount: Money, note: String = "", version: Int = 0) {
        self.id = id
        self.project = project
        self.source = source
        self.amount = amount
        self.note = note
        self.version = version
    }
}

/// The file that proves a spending (a 记账凭证 or an invoice), stored the way
/// report attachments are: the bytes on disk under a random name.
public struct Voucher: Hashable, Sendable, Codable {
    public var fileName: String
    public var mediaType: String
    public var size: Int
    public var sha256: String
    public var storageName: String

    public init(fileName: String, mediaType: String, size: Int, sha256: String, storageName: String) {
        self.fileName = fileName
        self.mediaType = mediaType
        self.size = size
        self.sha256 = sha256
        self.storageName = storageName
    }
}

/// Money spent against one budget line.
public struct Spending: Hashable, Sendable, Codable {
    public var id: Int64?
    public var line: Int64
    public var date: Day
    public var amount: Money
    public var description: String
    public var voucher: Voucher?
    public var version: Int

    public init(id: Int64? = nil, line: Int64, date: Day, amount: Money, description: String, voucher: Voucher? = nil,
                version: Int = 0) {
        self.id = id
        self.line = line
        self.date = date
        self.amount = amount
        self.description = description
        self.voucher = voucher
        self.version = version
    }
}

/// A project's budget: its lines and what was spent against them.
public struct ProjectBudget: Hashable, Sendable, Codable {
    public var project: Int
    public var lines: [BudgetLine]
    public var spending: [Spending]

    public init(project: Int, lines: [BudgetLine] = [], spending: [Spending] = []) {
        self.project = project
        self.lines = lines
        self.spending = spending
    }

    public var isEmpty: Bool { lines.isEmpty }
}
