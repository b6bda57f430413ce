/// What a column of a responsibility table holds, told by the words of its
/// header cell. Bureaus word their headers many ways (序号/编号, 改革项目/工作任务,
/// 牵头单位/牵头处室, 责任领导/分管领导…); the rules are checked in order, the
/// more particular first, so that 牵头领导 is a leader and not a lead unit and
/// 责任处室/单位 is the responsible units.
enum TableColumn: String, Hashable, CaseIterable {
    case number, category, title, description, leadAgency, responsibleUnits, supportingUnits
    case firstResponsible, leaderInCharge, contactPhone, deadline, target, steps, remarks

    /// (role, words any of which the compacted header contains), in order of precedence.
    private static let rules: [(TableColumn, [String])] = [
        (.firstResponsible, ["第一责任人"]),
        (.leaderInCharge, ["分管领导", "责任领导", "牵头领导", "分管局领导", "局领导", "领导"]),
        (.contactPhone, ["电话", "联系方式"]),
        (.supportingUnits, ["配合", "协同", "协办", "参与单位", "参与部门"]),
        (.leadAgency, ["牵头"]),
        (.responsibleUnits, ["责任单位", "责任处室", "责任部门", "责任主体", "承办", "主办", "实施单位", "落实单位", "负责单位"]),
        (.steps, ["实施步骤", "推进步骤", "工作步骤", "进度安排", "时间安排", "步骤"]),
        (.deadline, ["完成时限", "时间节点", "完成时间", "时限", "截止", "期限", "完成时间节点"]),
        (.remarks, ["备注"]),
        (.category, ["类别", "类型", "分类"]),
        (.description, ["具体措施", "主要措施", "工作措施", "推进措施", "工作举措", "具体内容", "主要内容", "任务措施"]),
    ]

    private static let targetWords = ["目标", "成效", "效果", "指标", "成果"]
    private static let titleWords = ["改革项目", "改革任务", "项目名称", "任务名称", "工作任务", "重点任务", "改革事项",
                                     "工作内容", "任务内容", "主要任务", "任务", "项目", "事项"]
    private static let numberWords: Set<String> = ["序号", "编号", "序", "号", "no", "no.", "#"]

    /// The role of a header cell's text, or nil when the words say nothing we know.
    static func of(header: String) -> TableColumn? {
        let words = Chrome.compact(header.unicodeScalars.map { Normalization.normalize($0) }
            .reduce(into: "") { $0.unicodeScalars.append($1) }).lowercased()
        guard !words.isEmpty, words.count <= 20 else { return nil }
        if numberWords.contains(words) || words.hasPrefix("序号") { return .number }
        for (role, list) in rules where list.contains { words.contains($0) } { return role }
        // 工作目标 and 预期成效 are targets; 目标任务 is the task itself.
        if targetWords.contains(where: { words.contains($0) }), !["任务", "项目", "事项"].contains(where: { words.contains($0) }) { return .target }
        if titleWords.contains { words.contains($0) } { return .title }
        return nil
    }

    /// How findings name the column.
    var chineseName: String {
        switch self {
        case .number: "序号"
        case .category: "类别"
        case .title: "改革项目"
        case .description: "具体内容"
        case .leadAgency: "牵头单位"
        case .responsibleUnits: "责任单位"
        case .supportingUnits: "配合单位"
        case .firstResponsible: "第一责任人"
        case .leaderInCharge: "分管领导"
        case .contactPhone: "联系电话"
        case .deadline: "完成时限"
        case .target: "目标"
        case .steps: "实施步骤"
        case .remarks: "备注"
        }
    }
}
