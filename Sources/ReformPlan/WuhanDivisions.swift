/// 武汉市 as Luoshi ships it: the city, its 13 districts with their GB/T 2260
/// codes (the same in the MCA lists of 2013, 2019, 2023 and 2024), the seven
/// central districts tagged 中心城区, and the functional zones. The zones have
/// no national code (none appears among the county-level codes) and get
/// Luoshi's own Z-codes; the streets they administer stay coded under their
/// districts, and a street list marks them with `managedBy`.
/// Sources: the shared reference sheet `reference/wuhan-divisions.md`.
public enum WuhanDivisions {
    public static let centralTag = "中心城区"
    public static let outerTag = "新城区"
    public static let cityCode = "420100"

    public static let all: [Division] = [
        Division(code: "420000", name: "湖北省", kind: .province, parent: nil),
        Division(code: cityCode, name: "武汉市", kind: .city, parent: "420000"),
    ] + districts + zones

    static let districts: [Division] = [
        ("420102", "江岸区", true), ("420103", "江汉区", true), ("420104", "硚口区", true), ("420105", "汉阳区", true),
        ("420106", "武昌区", true), ("420107", "青山区", true), ("420111", "洪山区", true),
        ("420112", "东西湖区", false), ("420113", "汉南区", false), ("420114", "蔡甸区", false),
        ("420115", "江夏区", false), ("420116", "黄陂区", false), ("420117", "新洲区", false),
    ].map { code, name, central in
        Division(code: code, name: name, kind: .district, parent: cityCode, tags: [central ? centralTag : outerTag])
    }

    static let zones: [Division] = [
        ("Z420101", "东湖新技术开发区"), ("Z420102", "武汉经济技术开发区"), ("Z420103", "东湖生态旅游风景区"),
        ("Z420104", "武汉临空港经济技术开发区"), ("Z420105", "长江新城"),
    ].map { code, name in Division(code: code, name: name, kind: .functionalZone, parent: cityCode) }

    /// The district a district bureau of the plan belongs to, by its name:
    /// 江岸区民政局 → 420102. Functional zones' 社会发展局 go to their zone.
    public static func division(ofUnit unit: String) -> Division? {
        (districts + zones).first { unit.hasPrefix($0.name) }
    }
}
