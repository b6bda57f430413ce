/// Unit lists as plans write them: "社会救助处、市低保中心", "市财政局,市人社局；
/// 各区人民政府按职责分工负责", "各县(市、区)人民政府", "各区、县级市". One rule for the
/// importer reading a note and for a plan's `leadAgency` read back into units,
/// so that a collective such as 各区、县级市 is never cut in two.
public enum UnitList {
    private static let suffixes = ["按职责分工负责", "分工负责", "负责落实", "共同负责", "负责", "等单位", "等部门", "等", "牵头", "配合", "参与"]
    /// Words that, after "各X、", continue one collective: 各区、县级市.
    private static let divisionWords: Set<String> = ["县级市", "县", "区", "市", "乡镇", "街道", "州", "盟", "旗", "功能区", "开发区",
                                                     "县(市、区)", "市(州)", "县（市、区）", "市（州）"]
    /// What may close such a collective: 各市、州、县人民政府.
    private static let governments = ["人民政府", "政府", "党委", "党委和政府", "党委政府"]
    private static let separators: Set<Unicode.Scalar> = ["、", ",", "，", ";", "；"]
    private static let opening: Set<Unicode.Scalar> = ["(", "（", "〔", "[", "【", "［"]
    private static let closing: Set<Unicode.Scalar> = [")", "）", "〕", "]", "】", "］"]

    /// Splits at 、 , ; (full- or half-width, outside brackets) and cleans each name.
    public static func split(_ value: String) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var depth = 0
        for c in value.unicodeScalars {
            if opening.contains(c) { depth += 1 }
            if closing.contains(c) { depth = max(0, depth - 1) }
            if depth == 0, separators.contains(c) {
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
                || openCollective && divisionWords.contains(where: { word in governments.contains { part == word + $0 } }) {
                names[names.count - 1] = last + "、" + part
            } else {
                names.append(part)
            }
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// A name without layout spaces, a leading 由/和 and a trailing role word
    /// (按职责分工负责, 牵头, 等 …).
    public static func clean(_ name: String) -> String {
        var n = String(String.UnicodeScalarView(name.unicodeScalars.filter { !$0.properties.isWhitespace }))
        for prefix in ["由", "和"] where n.hasPrefix(prefix) && n.count > 3 { n.removeFirst(prefix.count) }
        var changed = true
        while changed {
            changed = false
            for suffix in suffixes where n.hasSuffix(suffix) && n.count > suffix.count {
                n.removeLast(suffix.count)
                changed = true
            }
        }
        while let last = n.last, "。.;,、，； ".contains(last) { n.removeLast() }
        return n
    }
}
