import Testing
@testable import ReformPlan

@Suite struct UnitListTests {
    @Test func collectivesStayWholeAndNeighboursStayApart() {
        #expect(UnitList.split("各区、县级市、市财政局") == ["各区、县级市", "市财政局"])
        #expect(UnitList.split("各市、州、县人民政府，省政府各部门") == ["各市、州、县人民政府", "省政府各部门"])
        #expect(UnitList.split("各县（市、区）人民政府、市直各有关部门") == ["各县（市、区）人民政府", "市直各有关部门"])
    }

    @Test func separatorsOfEitherWidthAndRoleWordsAreHandled() {
        #expect(UnitList.split("市财政局,市人社局；各区人民政府按职责分工负责") == ["市财政局", "市人社局", "各区人民政府"])
        #expect(UnitList.split("县水利局，各乡镇人民政府等") == ["县水利局", "各乡镇人民政府"])
        #expect(UnitList.split(" 社会救助处 、 市低保中心 ") == ["社会救助处", "市低保中心"])
        #expect(UnitList.split("") == [])
    }

    @Test func aLeadAgencyReadsBackIntoTheSameUnits() {
        let responsibility = Responsibility(leadAgency: "各区、县级市、市财政局")

        #expect(responsibility.leadUnits == ["各区、县级市", "市财政局"])
        #expect(responsibility.answeringUnits == ["各区、县级市", "市财政局"])
    }
}
