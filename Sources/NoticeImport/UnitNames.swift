import ReformPlan

/// Unit lists as notices write them: "社会救助处、市低保中心", "市财政局,市人社局；
/// 各区人民政府按职责分工负责", "各县(市、区)人民政府", "各区、县级市".
enum UnitNames {
    private static let suffixes = ["按职责分工负责", "分工负责", "负责落实", "共同负责", "负责", "等单位", "等部门", "等", "牵头", "配合", "参与"]
    /// Words that, after "各X、", continue one collective: 各区、县级市.
    private static let divisionWords: Set<String> = ["县级市", "县", "区", "市", "乡镇", "街道", "州", "盟", "旗", "功能区", "开发区", "县(市、区)", "市(州)"]

    /// Splits a value at 、 , ; (at bracket depth 0) and cleans each name.
    static func split(_ value: String) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var depth = 0
        for c in value.unicodeScalars {
            let n = Normalization.normalize(c)
            if Brackets.opens(n) || n == "(" { depth += 1 }
            if Brackets.closes(n) { depth -= 1 }
            if depth == 0, n == "、" || n == "," || n == ";" {
                parts.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(c)
            }
        }
        parts.append(String(current))
        var names: [String] = []
        for part in parts.map(clean) where !part.isEmpty {
            // 各区、县级市 and 各市、州、县人民政府 are one collective: after 各X, a bare division
            // word continues it, and so does the last one with its suffix.
            let openCollective = names.last.map { last in
                last.hasPrefix("各") && divisionWords.contains { last.hasSuffix("、" + $0) || last == "各" + $0 }
            } ?? false
            if let last = names.last, last.hasPrefix("各"), divisionWords.contains(part)
                || openCollective && divisionWords.contains(where: { part.hasPrefix($0) && part.count > $0.count && part.count <= $0.count + 6 }) {
                names[names.count - 1] = last + "、" + part
            } else {
                names.append(part)
            }
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    static func clean(_ name: String) -> String {
        var n = Chrome.compact(name)
        for prefix in ["由", "和"] where n.hasPrefix(prefix) && n.count > 3 { n.removeFirst(prefix.count) }
        var changed = true
        while changed {
            changed = false
            for suffix in suffixes where n.hasSuffix(suffix) && n.count > suffix.count {
                n.removeLast(suffix.count)
                changed = true
            }
        }
        while let last = n.last, "。.;,、 ".contains(last) { n.removeLast() }
        return n
    }

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
