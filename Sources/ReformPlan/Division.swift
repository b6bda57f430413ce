import Foundation

/// An administrative division (区划): a province, city, district, street,
/// town or community, or a functional zone that administers streets without
/// being a division in law.
///
/// Codes are the ones statistics use: six digits for provinces, cities and
/// counties (GB/T 2260, e.g. 420102 江岸区), nine for streets and towns and
/// twelve for communities and villages (the 统计用区划代码, e.g. 420102002001).
/// Functional zones have no national code; Luoshi gives them codes of its own
/// that start with a letter (Z420101) so that they can never be mistaken for one.
public struct Division: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case province, city, district
        /// 功能区: 东湖新技术开发区 and the like, run by a 管委会.
        case functionalZone
        case street, town, township
        /// 社区居委会.
        case urbanCommunity
        /// 村委会.
        case ruralCommunity

        public var chineseName: String {
            switch self {
            case .province: "省级"
            case .city: "市级"
            case .district: "区（县）"
            case .functionalZone: "功能区"
            case .street: "街道"
            case .town: "镇"
            case .township: "乡"
            case .urbanCommunity: "城市社区"
            case .ruralCommunity: "农村社区"
            }
        }

        /// The level a kind sits at: 1 province … 5 community. A functional zone
        /// sits with the districts it stands beside.
        public var level: Division.Level {
            switch self {
            case .province: .province
            case .city: .city
            case .district, .functionalZone: .county
            case .street, .town, .township: .township
            case .urbanCommunity, .ruralCommunity: .village
            }
        }

        /// Reads the Chinese or English name of a kind, as a spreadsheet or CSV writes it.
        public init?(text: String) {
            let t = text.trimmingCharacters(in: .whitespaces)
            if let kind = Kind(rawValue: t) { self = kind; return }
            switch t {
            case "省", "省级": self = .province
            case "市", "市级", "地级": self = .city
            case "区", "县", "区（县）", "区(县)", "区县": self = .district
            case "功能区": self = .functionalZone
            case "街道", "街道办事处": self = .street
            case "镇": self = .town
            case "乡", "民族乡": self = .township
            case "社区", "城市社区", "居委会", "社区居委会": self = .urbanCommunity
            case "村", "农村社区", "村委会", "行政村": self = .ruralCommunity
            default: return nil
            }
        }
    }

    /// The five levels of the statistical code.
    public enum Level: Int, Comparable, Sendable, CaseIterable {
        case province = 1, city, county, township, village

        /// Leading digits that identify a division at this level: 42 for
        /// 湖北省, 4201 for 武汉市, 420102 for 江岸区 …
        public var digits: Int {
            switch self {
            case .province: 2
            case .city: 4
            case .county: 6
            case .township: 9
            case .village: 12
            }
        }

        /// How long a code of this level is written: GB/T 2260 writes the top
        /// three levels with six digits (420000, 420100, 420102).
        public var codeLength: Int { max(6, digits) }

        /// How many twelve-digit keys one division of this level spans: 10^(12 − digits)
        /// (10⁶ for a county, whose communities are key … key + 10⁶ − 1).
        public var span: Int64 {
            var span: Int64 = 1
            for _ in digits..<12 { span *= 10 }
            return span
        }

        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    public var code: String
    public var name: String
    public var kind: Kind
    /// The code of the division above: a district's city, a street's district.
    /// nil only for a province (or the top of a list that starts lower).
    public var parent: String?
    /// Labels the plan's targets are counted over, such as 中心城区.
    public var tags: [String]
    /// For a street placed under a functional zone's management (托管): the zone's code.
    public var managedBy: String?
    /// Generated for the demo, not real; shown as such.
    public var isDemo: Bool

    public init(code: String, name: String, kind: Kind, parent: String?, tags: [String] = [],
                managedBy: String? = nil, isDemo: Bool = false) {
        self.code = code
        self.name = name
        self.kind = kind
        self.parent = parent
        self.tags = tags
        self.managedBy = managedBy
        self.isDemo = isDemo
    }

    /// The twelve-digit number values and roll-ups are keyed by (420102 →
    /// 420102000000, 420102002 → 420102002000): a division's ancestors are then its key divided by a
    /// power of ten, so the store can group a level with integer arithmetic.
    /// nil for a functional zone, whose code is not a national one.
    public var key: Int64? { DivisionCode.key(code) }

    public var level: Level { kind.level }
}

/// Rules of the statistical code.
public enum DivisionCode {
    /// The twelve-digit key of a 6-, 9- or 12-digit code; nil for anything else.
    public static func key(_ code: String) -> Int64? {
        guard [6, 9, 12].contains(code.utf8.count), code.utf8.allSatisfy({ (48...57).contains($0) }),
              let n = Int64(code) else { return nil }
        var key = n
        for _ in code.utf8.count..<12 { key *= 10 }
        return key
    }

    /// A code segment written with leading zeros: segment(7, width: 3) → "007".
    public static func segment(_ n: Int, width: Int) -> String {
        let text = String(n)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// The code of the division at `level` above (or at) the one with `key`:
    /// 420102002001 at county → "420102", at city → "420100".
    public static func code(key: Int64, at level: Division.Level) -> String {
        var n = ancestorKey(key, at: level)
        for _ in level.codeLength..<12 { n /= 10 }
        return segment(Int(n), width: level.codeLength)
    }

    /// The key of the division at `level` that contains the division with `key`.
    public static func ancestorKey(_ key: Int64, at level: Division.Level) -> Int64 {
        key / level.span * level.span
    }

    /// What a code of `kind` under `parent` must look like, or nil when it does.
    /// Segments follow GB/T 10114 as the statistics apply it: a street's three
    /// digits 001–099, a town's 100–199, a township's 200–399; a community's
    /// 001–199, a village's 200–399; and every code starts with its parent's digits.
    public static func problem(code: String, kind: Division.Kind, parent: Division?) -> String? {
        if kind == .functionalZone {
            guard code.first == "Z", code.count > 1 else {
                return "功能区没有国家区划代码，请用Z开头的本系统代码（如Z420101），而不是“\(code)” (a functional zone's code starts with Z)"
            }
            return nil
        }
        let level = kind.level, length = level.codeLength
        guard code.utf8.count == length, code.utf8.allSatisfy({ (48...57).contains($0) }) else {
            return "\(kind.chineseName)的代码应为\(length)位数字，“\(code)”不是 (a \(kind.rawValue) code has \(length) digits)"
        }
        // The level's own segment (江岸区's "02" in 420102) is not all zeros, and what follows it is.
        let ownLength = level == .province ? 2 : level.digits - Division.Level(rawValue: level.rawValue - 1)!.digits
        let own = code.prefix(level.digits).suffix(ownLength)
        if own.allSatisfy({ $0 == "0" }) || code.dropFirst(level.digits).contains(where: { $0 != "0" }) {
            return "\(kind.chineseName)代码\(code)不合规则：第\(level.digits - ownLength + 1)–\(level.digits)位是本级代码，不能全为0，其后各位应为0 (not a \(kind.rawValue) code)"
        }
        if let parent {
            let parentLevel = parent.kind == .functionalZone ? Division.Level.city : parent.kind.level
            // One level up: a community under a street, a street under a district (or the zone managing it).
            guard parentLevel.rawValue + 1 == kind.level.rawValue || parent.kind == .functionalZone && kind.level == .township else {
                return "上级“\(parent.name)”（\(parent.kind.chineseName)）不能管辖\(kind.chineseName) (the parent is not above a \(kind.rawValue))"
            }
            if parent.kind != .functionalZone, !code.hasPrefix(parent.code.prefix(parentLevel.digits)) {
                return "代码\(code)不以上级“\(parent.name)”的代码\(parent.code)开头 (the code does not start with its parent's)"
            }
        }
        let segment = Int(code.suffix(3)) ?? 0
        let allowed: ClosedRange<Int>? = switch kind {
        case .street: 1...99
        case .town: 100...199
        case .township: 200...399
        case .urbanCommunity: 1...199
        case .ruralCommunity: 200...399
        default: nil
        }
        if let allowed, !allowed.contains(segment) {
            return "\(kind.chineseName)代码的末三位应在\(Self.segment(allowed.lowerBound, width: 3))–\(Self.segment(allowed.upperBound, width: 3))之间，\(code)的是\(code.suffix(3)) (GB/T 10114 segment out of range)"
        }
        return nil
    }
}
