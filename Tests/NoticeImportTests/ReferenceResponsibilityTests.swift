import Testing
import NoticeImport
import ReformPlan

/// The responsibility chain of every reference project, including the shared
/// notes “以上3项” (5-7) and “以上2项” (15-16) and the lead agencies of 5-11.
@Suite struct ReferenceResponsibilityTests {
    static func chain(_ leader: String, _ units: [String], _ phone: String, lead: String? = nil) -> Responsibility {
        Responsibility(firstResponsible: "李国汉", leaderInCharge: leader, responsibleUnits: units,
                       supportingUnits: [], contactPhone: phone, leadAgency: lead)
    }

    static let elderly = ["养老服务处"]
    static let community = ["基层政权建设和社区治理处"]
    static let organisations = ["社会组织管理和党建工作处"]
    static let relief = ["社会救助处", "市低保中心"]
    static let placeNames = ["区划地名处"]

    static let expected: [Int: Responsibility] = [
        1: chain("张明武", elderly, "85736256"),
        2: chain("孙家同", community, "85750446"),
        3: chain("彭莉莉", organisations, "85736235"),
        4: chain("张明武", relief, "85736109"),
        5: chain("孙家同", community, "85750446", lead: "市委办公厅"),
        6: chain("孙家同", community, "85750446", lead: "市教育局"),
        7: chain("孙家同", community, "85750446", lead: "市委组织部"),
        8: chain("孙家同", placeNames, "85736027", lead: "长江新城管委会"),
        9: chain("彭莉莉", organisations, "85736235", lead: "市教育局"),
        10: chain("张明武", elderly, "85736256", lead: "市卫健委"),
        11: chain("张明武", ["社会救助处"], "85736109", lead: "市应急管理局"),
        12: chain("张明武", elderly, "85736256"),
        13: chain("孙家同", ["社会事务处"], "85765674"),
        14: chain("孙家同", placeNames, "85736027"),
        15: chain("张明武", relief, "85736109"),
        16: chain("张明武", relief, "85736109"),
    ]

    @Test func everyProjectHasItsWholeChain() throws {
        let plan = try Fixture.referencePlan()

        for (number, responsibility) in Self.expected.sorted(by: { $0.key < $1.key }) {
            let project = try plan.requireProject(number)
            #expect(project.responsibility == responsibility, "project \(number)")
        }
    }

    @Test func sharedNoteForThreeCoversFiveToSevenAndKeepsTheirLeadAgencies() throws {
        let plan = try Fixture.referencePlan()

        let covered = try [5, 6, 7].map { try plan.requireProject($0).responsibility }
        #expect(covered.map(\.leadAgency) == ["市委办公厅", "市教育局", "市委组织部"])
        #expect(covered.allSatisfy { $0.leaderInCharge == "孙家同" && $0.contactPhone == "85750446" })
        #expect(covered.allSatisfy { $0.responsibleUnits == ["基层政权建设和社区治理处"] })
        // The shared note reaches back exactly three items: 4 keeps its own chain.
        #expect(try plan.requireProject(4).responsibility.leaderInCharge == "张明武")
        #expect(try plan.requireProject(4).responsibility.leadAgency == nil)
    }

    @Test func sharedNoteForTwoCoversFifteenWhichHasNoNoteOfItsOwn() throws {
        let plan = try Fixture.referencePlan()

        let fifteen = try plan.requireProject(15).responsibility
        let sixteen = try plan.requireProject(16).responsibility
        #expect(fifteen == sixteen)
        #expect(fifteen.responsibleUnits == ["社会救助处", "市低保中心"])
        #expect(try plan.requireProject(14).responsibility.responsibleUnits == ["区划地名处"])
    }

    @Test func leadAgenciesAreOnlyOnTheCityProjects() throws {
        let plan = try Fixture.referencePlan()

        let withLead = plan.projects.filter { $0.responsibility.leadAgency != nil }.map(\.number)
        #expect(withLead == Array(5...11))
        #expect(plan.projects.allSatisfy { $0.responsibility.supportingUnits.isEmpty })
        #expect(plan.projects.allSatisfy { $0.responsibility.answeringUnits == $0.responsibility.responsibleUnits })
    }

    @Test func peopleOnTheChainAreInTheDirectoryWithStatedTitlesOnly() throws {
        let plan = try Fixture.referencePlan()

        let names = Set(plan.people.map(\.name))
        #expect(names.isSuperset(of: ["李国汉", "张明武", "孙家同", "彭莉莉"]))
        #expect(plan.people.first { $0.name == "李国汉" }?.title == "局长")
        #expect(plan.people.first { $0.name == "彭莉莉" }?.title == "副局长")
        #expect(plan.people.first { $0.name == "张明武" }?.title == nil, "no title is printed for him")
        #expect(plan.people.first { $0.name == "孙家同" }?.title == nil)
        #expect(plan.people.filter { $0.name == "李国汉" }.count == 1)
    }

    @Test func unitsAreInTheDirectoryWithTheirKinds() throws {
        let plan = try Fixture.referencePlan()

        let kinds = Dictionary(plan.units.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["养老服务处"] == .bureauOffice)
        #expect(kinds["社会救助处"] == .bureauOffice)
        #expect(kinds["区划地名处"] == .bureauOffice)
        #expect(kinds["市低保中心"] == .affiliatedUnit)
        for agency in ["市委办公厅", "市教育局", "市委组织部", "长江新城管委会", "市卫健委", "市应急管理局"] {
            #expect(kinds[agency] == .externalAgency, "\(agency)")
        }
        #expect(kinds["各区民政局"] == .collective)
        #expect(plan.units.count == Set(plan.units.map(\.name)).count, "each unit once")
    }
}
