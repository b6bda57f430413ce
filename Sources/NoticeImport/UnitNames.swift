import ReformPlan

/// Units as the importer meets them: split by ReformPlan's `UnitList`, and
/// sorted into kinds as seen from the issuing bureau.
enum UnitNames {
    static func split(_ value: String) -> [String] { UnitList.split(value) }

    /// What kind of unit a name is, seen from the issuing bureau.
    static func kind(of name: String, issuer: String?) -> Unit.Kind {
        let n = Chrome.compact(name)
        if let issuer, n == issuer || shortForm(of: issuer) == n { return .bureau }
        // 各区民政局, 市直各有关部门, 局机关各处室: a group named as one.
        if n.contains("各") || n.hasPrefix("有关") || n.hasPrefix("相关") || n.hasPrefix("其他") { return .collective }
        if let issuer, let suffix = bureauSuffix(of: issuer), n.hasSuffix(suffix), n != issuer,
           n.contains("区") || n.contains("县") { return .districtBureau }
        if let short = issuer.flatMap(shortForm), n.hasPrefix(short), ["处", "室", "科"].contains(where: { n.hasSuffix($0) }) {
            return .bureauOffice
        }
        if n.hasPrefix("局") || ((n.hasSuffix("处") || n.hasSuffix("科")) && !n.hasPrefix("市") && !n.hasPrefix("省")) {
            return .bureauOffice
        }
        if n.hasPrefix("市") || n.hasPrefix("局"), ["中心", "站", "院", "所", "馆", "队", "学校"].contains(where: { n.hasSuffix($0) }),
           !n.hasSuffix("政务服务中心") {
            return .affiliatedUnit
        }
        return .externalAgency
    }

    /// 武汉市民政局 → 市民政局, how the notice refers to itself.
    static func shortForm(of issuer: String) -> String? {
        guard let r = issuer.fastRange(of: "市") ?? issuer.fastRange(of: "省") ?? issuer.fastRange(of: "区") else { return nil }
        return String(issuer[r.lowerBound...])
    }

    /// 武汉市民政局 → 民政局: the suffix a district's counterpart bureau shares.
    private static func bureauSuffix(of issuer: String) -> String? {
        guard let r = issuer.ranges(of: "市").last ?? issuer.ranges(of: "省").last else { return nil }
        let suffix = String(issuer[r.upperBound...])
        return suffix.count >= 2 ? suffix : nil
    }
}

/// People as notes name them: "李国汉", "局长李国汉", "王明（副局长）".
enum PersonNames {
    static let titles = ["副秘书长", "秘书长", "副局长", "局长", "副厅长", "厅长", "副主任", "主任", "副书记", "书记",
                         "副市长", "市长", "副区长", "区长", "副处长", "处长", "副组长", "组长", "副县长", "县长", "调研员", "巡视员"]

    static func parse(_ text: String) -> Person {
        var n = Chrome.compact(text)
        for open in ["(", "（"] {
            if let r = n.fastRange(of: open), n.hasSuffix(")") || n.hasSuffix("）") {
                let inner = String(n[r.upperBound..<n.index(before: n.endIndex)])
                let name = String(n[..<r.lowerBound])
                // 王明（副局长）, 孙立国（镇党委副书记）: a name of two to four characters and its post.
                if !name.isEmpty, titles.contains(inner) || (2...4).contains(name.count) && titles.contains(where: { inner.hasSuffix($0) }) || (2...4).contains(name.count) && ["镇长", "委员", "主任", "书记", "局长", "县长", "区长"].contains(where: { inner.hasSuffix($0) }) {
                    return Person(name: name, title: inner)
                }
            }
        }
        for title in titles where n.hasPrefix(title) && n.count > title.count && n.count <= title.count + 4 {
            n.removeFirst(title.count)
            return Person(name: n, title: title)
        }
        return Person(name: n)
    }
}
