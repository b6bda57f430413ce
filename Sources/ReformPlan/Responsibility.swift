/// Who answers for a project or task: the responsibility chain of the notice
/// (第一责任人 → 分管领导 → 责任处室/责任单位), the units that support it
/// (配合单位), and, for city projects led elsewhere, the lead agency (牵头单位).
/// People and units are names here; the plan's directory says what kind each is.
public struct Responsibility: Hashable, Sendable, Codable {
    public var firstResponsible: String?
    public var leaderInCharge: String?
    /// In the order the notice lists them: the first is the main responsible unit.
    public var responsibleUnits: [String]
    public var supportingUnits: [String]
    public var contactPhone: String?
    /// As written; several lead units are joined with "、" (see `leadUnits`).
    public var leadAgency: String?

    public init(firstResponsible: String? = nil, leaderInCharge: String? = nil,
                responsibleUnits: [String] = [], supportingUnits: [String] = [],
                contactPhone: String? = nil, leadAgency: String? = nil) {
        self.firstResponsible = firstResponsible
        self.leaderInCharge = leaderInCharge
        self.responsibleUnits = responsibleUnits
        self.supportingUnits = supportingUnits
        self.contactPhone = contactPhone
        self.leadAgency = leadAgency
    }

    /// The lead agency as units; 各区、县级市 stays one (see `UnitList`).
    public var leadUnits: [String] {
        leadAgency.map(UnitList.split) ?? []
    }

    /// The units that must report on the work: the responsible units, or the
    /// lead units where a notice names only those (task-division notices).
    public var answeringUnits: [String] {
        responsibleUnits.isEmpty ? leadUnits : responsibleUnits
    }

    public var isEmpty: Bool { self == Responsibility() }

    enum CodingKeys: String, CodingKey {
        case firstResponsible, leaderInCharge, responsibleUnits, supportingUnits, contactPhone, leadAgency
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        firstResponsible = try c.decodeIfPresent(String.self, forKey: .firstResponsible)
        leaderInCharge = try c.decodeIfPresent(String.self, forKey: .leaderInCharge)
        responsibleUnits = try c.decodeIfPresent([String].self, forKey: .responsibleUnits) ?? []
        supportingUnits = try c.decodeIfPresent([String].self, forKey: .supportingUnits) ?? []
        contactPhone = try c.decodeIfPresent(String.self, forKey: .contactPhone)
        leadAgency = try c.decodeIfPresent(String.self, forKey: .leadAgency)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(firstResponsible, forKey: .firstResponsible)
        try c.encode(leaderInCharge, forKey: .leaderInCharge)
        try c.encode(responsibleUnits, forKey: .responsibleUnits)
        try c.encode(supportingUnits, forKey: .supportingUnits)
        try c.encode(contactPhone, forKey: .contactPhone)
        try c.encode(leadAgency, forKey: .leadAgency)
    }
}

extension Responsibility {
    /// The capacities in which `unit` stands on this chain, in the order a
    /// directory lists them: 责任单位（主办）or 责任单位, 牵头单位, 配合单位.
    public func roles(of unit: String) -> [String] {
        var roles: [String] = []
        if responsibleUnits.first == unit { roles.append("责任单位（主办）") }
        else if responsibleUnits.contains(unit) { roles.append("责任单位") }
        if leadUnits.contains(unit) { roles.append("牵头单位") }
        if supportingUnits.contains(unit) { roles.append("配合单位") }
        return roles
    }
}
