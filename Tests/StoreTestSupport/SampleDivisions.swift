import ReformPlan

/// A few streets and communities under Wuhan's districts, for tests of
/// roll-ups and uploads: 江岸区 (central) has two streets with three and two
/// urban communities and one village; 江汉区 (central) one street with one
/// community; 新洲区 (not central) one street with two communities.
public enum SampleDivisions {
    public static let local: [Division] = [
        Division(code: "420102002", name: "大智街道", kind: .street, parent: "420102"),
        Division(code: "420102003", name: "一元街道", kind: .street, parent: "420102"),
        Division(code: "420102002001", name: "社区一", kind: .urbanCommunity, parent: "420102002"),
        Division(code: "420102002002", name: "社区二", kind: .urbanCommunity, parent: "420102002"),
        Division(code: "420102002003", name: "社区三", kind: .urbanCommunity, parent: "420102002"),
        Division(code: "420102003001", name: "社区四", kind: .urbanCommunity, parent: "420102003"),
        Division(code: "420102003002", name: "社区五", kind: .urbanCommunity, parent: "420102003"),
        Division(code: "420102003201", name: "村一", kind: .ruralCommunity, parent: "420102003"),
        Division(code: "420103001", name: "民族街道", kind: .street, parent: "420103"),
        Division(code: "420103001001", name: "社区六", kind: .urbanCommunity, parent: "420103001"),
        Division(code: "420117001", name: "邾城街道", kind: .street, parent: "420117"),
        Division(code: "420117001001", name: "社区七", kind: .urbanCommunity, parent: "420117001"),
        Division(code: "420117001002", name: "社区八", kind: .urbanCommunity, parent: "420117001"),
    ]
}
