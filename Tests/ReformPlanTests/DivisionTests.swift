import Testing
@testable import ReformPlan

@Suite struct DivisionCodeTests {
    @Test func codesOfEveryLevelBecomeTwelveDigitKeysAndBack() {
        #expect(DivisionCode.key("420102") == 420_102_000_000)
        #expect(DivisionCode.key("420102002") == 420_102_002_000)
        #expect(DivisionCode.key("420102002001") == 420_102_002_001)
        #expect(DivisionCode.key("Z420101") == nil && DivisionCode.key("4201") == nil && DivisionCode.key("42010200200x") == nil)

        let community: Int64 = 420_102_002_001
        #expect(DivisionCode.code(key: community, at: .province) == "420000")
        #expect(DivisionCode.code(key: community, at: .city) == "420100")
        #expect(DivisionCode.code(key: community, at: .county) == "420102")
        #expect(DivisionCode.code(key: community, at: .township) == "420102002")
        #expect(DivisionCode.ancestorKey(community, at: .township) == 420_102_002_000)
        #expect(DivisionCode.code(key: 110_101_001_001, at: .province) == "110000", "leading digits survive")
    }

    @Test func wellFormedCodesUnderTheirParentsPass() {
        let jiangan = WuhanDivisions.all.first { $0.code == "420102" }!
        let street = Division(code: "420102002", name: "大智街道", kind: .street, parent: "420102")
        #expect(DivisionCode.problem(code: "420102002", kind: .street, parent: jiangan) == nil)
        #expect(DivisionCode.problem(code: "420102002001", kind: .urbanCommunity, parent: street) == nil)
        #expect(DivisionCode.problem(code: "420102002201", kind: .ruralCommunity, parent: street) == nil)
        #expect(DivisionCode.problem(code: "420102101", kind: .town, parent: jiangan) == nil)
        #expect(DivisionCode.problem(code: "Z420109", kind: .functionalZone, parent: nil) == nil)
    }

    @Test func eachBadCodeIsRefusedWithWhatIsWrong() {
        let jiangan = WuhanDivisions.all.first { $0.code == "420102" }!
        let street = Division(code: "420102002", name: "大智街道", kind: .street, parent: "420102")
        #expect(DivisionCode.problem(code: "42010200", kind: .street, parent: jiangan)?.contains("9位数字") == true)
        #expect(DivisionCode.problem(code: "420103002", kind: .street, parent: jiangan)?.contains("不以上级“江岸区”的代码420102开头") == true)
        #expect(DivisionCode.problem(code: "420102150", kind: .street, parent: jiangan)?.contains("001–099") == true)
        #expect(DivisionCode.problem(code: "420102002250", kind: .urbanCommunity, parent: street)?.contains("001–199") == true)
        #expect(DivisionCode.problem(code: "420102002001", kind: .ruralCommunity, parent: street)?.contains("200–399") == true)
        #expect(DivisionCode.problem(code: "420102000", kind: .street, parent: jiangan)?.contains("不能全为0") == true)
        #expect(DivisionCode.problem(code: "420102002", kind: .street, parent: street)?.contains("不能管辖") == true)
        #expect(DivisionCode.problem(code: "420102000001", kind: .urbanCommunity, parent: jiangan)?.contains("不能管辖") == true,
                "a community hangs under a street, not straight under its district")
        #expect(DivisionCode.problem(code: "420199", kind: .functionalZone, parent: nil)?.contains("Z开头") == true)
    }
}

@Suite struct DivisionTreeTests {
    static let streets = [
        Division(code: "420102002", name: "大智街道", kind: .street, parent: "420102"),
        Division(code: "420111080", name: "关东街道", kind: .street, parent: "420111", managedBy: "Z420101"),
        Division(code: "420102002001", name: "社区一", kind: .urbanCommunity, parent: "420102002"),
        Division(code: "420117002201", name: "村一", kind: .ruralCommunity, parent: "420117002"),
    ]

    @Test func wuhanShipsThirteenDistrictsSevenOfThemCentral() {
        let tree = DivisionTree(WuhanDivisions.all)
        let districts = tree.children(of: "420100").filter { $0.kind == .district }
        #expect(districts.count == 13)
        #expect(districts.filter { $0.tags.contains("中心城区") }.map(\.name)
                == ["江岸区", "江汉区", "硚口区", "汉阳区", "武昌区", "青山区", "洪山区"])
        #expect(tree.children(of: "420100").filter { $0.kind == .functionalZone }.allSatisfy { $0.key == nil })
        #expect(tree.path(to: "420102").map(\.name) == ["湖北省", "武汉市", "江岸区"])
        #expect(WuhanDivisions.division(ofUnit: "江岸区民政局")?.code == "420102")
        #expect(WuhanDivisions.division(ofUnit: "东湖新技术开发区社会发展局")?.code == "Z420101")
        #expect(WuhanDivisions.division(ofUnit: "养老服务处") == nil)
    }

    @Test func aZoneReachesTheStreetsItManagesAndTagsAreInherited() {
        let tree = DivisionTree(WuhanDivisions.all + Self.streets.prefix(3))
        #expect(tree.descendants(of: "Z420101").map(\.name) == ["关东街道"])
        #expect(tree.descendants(of: "420102", kinds: [.urbanCommunity]).map(\.code) == ["420102002001"])
        #expect(tree.hasTag("中心城区", "420102002001") && !tree.hasTag("中心城区", "420117"))
    }

    @Test func everyBadRowOfAListIsNamedAndGoodRowsPass() {
        let tree = DivisionTree(WuhanDivisions.all)
        let rows = [
            DivisionRow(division: Self.streets[0], place: "第2行"),
            DivisionRow(division: Self.streets[2], place: "第3行"),
            DivisionRow(division: Division(code: "420102002", name: "重复", kind: .street, parent: "420102"), place: "第4行"),
            DivisionRow(division: Self.streets[3], place: "第5行"),
            DivisionRow(division: Division(code: "420103001", name: "", kind: .street, parent: "420103"), place: "第6行"),
            DivisionRow(division: Division(code: "420102", name: "江岸", kind: .street, parent: "420100"), place: "第7行"),
            DivisionRow(division: Division(code: "420104001", name: "托管错", kind: .street, parent: "420104",
                                           managedBy: "420105"), place: "第8行"),
        ]

        let problems = tree.problems(adding: rows)

        #expect(problems.map(\.place) == ["第4行", "第5行", "第6行", "第7行", "第8行"])
        #expect(problems[0].message.contains("与第2行重复"))
        #expect(problems[1].column == "上级代码" && problems[1].message.contains("420117002"))
        #expect(problems[2].column == "名称")
        #expect(problems[3].message.contains("不能改为街道"))
        #expect(problems[4].column == "托管功能区")
        #expect(tree.problems(adding: Array(rows.prefix(2))).isEmpty, "a street and its community in one file")
    }
}
