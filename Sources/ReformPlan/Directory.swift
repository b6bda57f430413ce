/// A unit named anywhere in the plan, with what kind of unit it is, so that
/// reporting and supervision know who belongs to the bureau and who does not.
public struct Unit: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The issuing bureau itself (武汉市民政局).
        case bureau
        /// An office of the bureau (养老服务处, 局规划发展处).
        case bureauOffice
        /// A unit directly under the bureau (市低保中心).
        case affiliatedUnit
        /// A district's counterpart bureau (江岸区民政局).
        case districtBureau
        /// Another agency (市教育局, 市委组织部, 长江新城管委会).
        case externalAgency
        /// A group named as one: 各区民政局, 各有关单位, 各区、县级市.
        case collective
    }

    public var name: String
    public var kind: Kind

    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }
}

/// A person on a responsibility chain or named in the notice; the title only
/// where the text states it (局长李国汉), never guessed.
public struct Person: Hashable, Sendable, Codable {
    public var name: String
    public var title: String?

    public init(name: String, title: String? = nil) {
        self.name = name
        self.title = title
    }

    enum CodingKeys: String, CodingKey { case name, title }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(title, forKey: .title)
    }
}
