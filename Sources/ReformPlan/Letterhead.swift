/// Who issues the supervision documents and to whom: the parts of a 公文
/// that are the same from one bulletin to the next. Kept in the settings,
/// so a bureau names its own office and numbering; the defaults are read
/// from the plan's notice.
public struct Letterhead: Codable, Hashable, Sendable {
    /// 发文机关标志, "武汉市民政局改革工作领导小组办公室".
    public var organ: String
    /// 发文机关署名 above the date; usually the organ.
    public var signature: String
    /// 主送机关: the notice's own addressees, who are the units that report.
    public var addressees: [String]
    /// 抄送.
    public var copiedTo: [String]
    /// 印发机关 in the 版记.
    public var printedBy: String
    /// 发文字号 patterns per kind: "{年}" is the year, "{号}" the serial.
    public var bulletinNumber: String
    public var summaryNumber: String
    public var assessmentNumber: String

    public init(organ: String, signature: String, addressees: [String], copiedTo: [String], printedBy: String,
                bulletinNumber: String, summaryNumber: String, assessmentNumber: String) {
        self.organ = organ
        self.signature = signature
        self.addressees = addressees
        self.copiedTo = copiedTo
        self.printedBy = printedBy
        self.bulletinNumber = bulletinNumber
        self.summaryNumber = summaryNumber
        self.assessmentNumber = assessmentNumber
    }

    /// The plan's issuer's reform office, numbering with the issuer's short
    /// form where it is a city bureau ("武汉市民政局" → "武民改办"), else "改革办".
    public static func defaults(for plan: Plan) -> Letterhead {
        let issuer = plan.notice.issuer ?? "市民政局"
        let organ = issuer + "改革工作领导小组办公室"
        let short = shortForm(of: issuer)
        return Letterhead(
            organ: organ, signature: organ,
            addressees: plan.notice.addressees.isEmpty ? ["各有关单位"] : plan.notice.addressees,
            copiedTo: ["局领导班子成员"], printedBy: organ,
            bulletinNumber: "\(short)通报〔{年}〕{号}号", summaryNumber: "\(short)〔{年}〕{号}号",
            assessmentNumber: "\(short)考〔{年}〕{号}号")
    }

    /// "武汉市民政局" → "武民改办": the city's first character, 民 for 民政, 改办.
    static func shortForm(of issuer: String) -> String {
        guard let city = issuer.firstIndex(of: "市"), issuer.contains("民政"), city > issuer.startIndex else {
            return "改革办"
        }
        return String(issuer[issuer.startIndex]) + "民改办"
    }

    /// The problems, each starting with its field: a number needs both the
    /// year and the serial, and each kind its own pattern (serials are counted
    /// per kind, so two kinds sharing one would issue the same number twice).
    public var problems: [String] {
        let patterns = [("bulletinNumber", "通报文号格式", bulletinNumber), ("summaryNumber", "半年小结文号格式", summaryNumber),
                        ("assessmentNumber", "考核结果文号格式", assessmentNumber)]
        var problems = patterns.compactMap { field, name, pattern in
            pattern.contains("{年}") && pattern.contains("{号}")
                ? nil : "\(field)：\(name)须含“{年}”和“{号}”，现为“\(pattern)”"
        }
        for (i, a) in patterns.enumerated() {
            for b in patterns[(i + 1)...] where a.2 == b.2 {
                problems.append("\(b.0)：\(b.1)与\(a.1)相同（“\(b.2)”），两类文件会出现相同的文号")
            }
        }
        if organ.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("organ：发文机关不能为空") }
        return problems
    }

    /// "武民改办通报〔2019〕7号".
    public static func number(_ pattern: String, year: Int, serial: Int) -> String {
        pattern.replacingOccurrences(of: "{年}", with: String(year))
            .replacingOccurrences(of: "{号}", with: String(serial))
    }
}
