import Foundation
import NoticeImport
import OfficialDocuments
import ReformPlan
import Testing

/// The reference plan's responsibility table, rendered as `luoshi table`
/// renders it, imports back to the same plan, as far as a table can carry one.
@Suite struct TableRoundTripTests {
    /// What the responsibility table carries of a plan, and so what a round
    /// trip must give back unchanged; everything else is set to what the table
    /// leaves it. Precisely, the table cannot carry:
    /// - the notice beyond issuer, issue date and year: its title (the table has
    ///   its own, "2019年市民政局改革要点责任分解表"), notice title, document number,
    ///   published date, addressees, references, attachments, supervising unit,
    ///   leaders, contacts, supervision schedule, sections and source text;
    /// - a project's description, its source line, and its group heading's own
    ///   words (the table heads groups by category: "民政自主改革项目" comes
    ///   back as "自主改革项目");
    /// - tasks and indicators (the table has no target column);
    /// - a phase's stream title, deliverables and line;
    /// - the directory's units and people beyond those on the chains, and findings.
    static func carried(_ plan: Plan) -> Plan {
        let notice = Notice(title: "", year: plan.notice.year, issuer: plan.notice.issuer, issuedDate: plan.notice.issuedDate)
        let projects = plan.projects.map { project in
            Project(number: project.number, title: project.title, category: project.category,
                    responsibility: project.responsibility, deadline: project.deadline)
        }
        let phases = plan.phases.map { phase in
            Phase(project: phase.project, stream: phase.stream, order: phase.order, title: phase.title,
                  startMonth: phase.startMonth, endMonth: phase.endMonth, condition: phase.condition, timing: phase.timing)
        }
        return Plan(notice: notice, projects: projects, phases: phases)
    }

    @Test(arguments: [TableFormat.docx, .xlsx])
    func theReferenceTableImportsBackToTheSamePlan(format: TableFormat) throws {
        let original = try Fixture.referencePlan()
        let table = try ResponsibilityTable.render(original, format: format)

        let imported = try NoticeImporter.importFile(data: table)

        #expect(Self.carried(imported) == Self.carried(original))
        #expect(imported.projects.count == 16 && imported.phases.count == 17)
        #expect(imported.notice.title == "2019年市民政局改革要点责任分解表")
        #expect(imported.warnings.isEmpty, "\(imported.warnings.map(\.message))")
    }

    @Test func theDocxGroupHeadingsGiveTheCategoriesAndTheXlsxItsCategoryColumn() throws {
        let original = try Fixture.referencePlan()

        let fromDocx = try NoticeImporter.importFile(data: try ResponsibilityTable.render(original, format: .docx))
        let fromXlsx = try NoticeImporter.importFile(data: try ResponsibilityTable.render(original, format: .xlsx))

        for plan in [fromDocx, fromXlsx] {
            #expect(plan.projects.map(\.category) == original.projects.map(\.category))
            #expect(plan.projects.map(\.group) == original.projects.map { $0.category?.chineseName })
        }
    }

    @Test func findingsOfATableNameTheirRowAndTheSourceTextIsTheTableRowByRow() throws {
        let imported = try NoticeImporter.importFile(data: try ResponsibilityTable.render(try Fixture.referencePlan(), format: .xlsx))

        let lines = try #require(imported.notice.sourceText).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "2019年市民政局改革要点责任分解表")
        #expect(lines[2].hasPrefix("序号\t类别\t改革项目"))
        #expect(imported.projects.first?.line == 4, "project 1 stands on sheet row 4")
        #expect(lines[3].contains(imported.projects[0].title))
    }
}
