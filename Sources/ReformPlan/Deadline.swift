/// A deadline as the text gives it. Many are not dates at all ("长期坚持",
/// "每年", "与…同步推进"), so the words are always kept and `date` is set only
/// where the text pins a day down; nothing is invented.
public struct Deadline: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A day, month or year: "2019年6月底前", "年底前", "于2012年底前".
        case date
        /// A span from now: "5年内", "三年内".
        case horizon
        /// Every period: "每年", "每季度".
        case recurring
        /// No end: "长期坚持", "持续推进".
        case ongoing
        /// Tied to other work: "与全市“民呼我应”改革工作同步推进".
        case relative
    }

    public var date: Day?
    public var text: String
    public var kind: Kind

    public init(date: Day? = nil, text: String, kind: Kind) {
        self.date = date
        self.text = text
        self.kind = kind
    }

    enum CodingKeys: String, CodingKey { case date, text, kind }

    // Written by hand so that a missing date is an explicit null in JSON and YAML.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(text, forKey: .text)
        try c.encode(kind, forKey: .kind)
    }
}
