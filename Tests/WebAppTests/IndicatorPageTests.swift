import Foundation
import HummingbirdTesting
import PlanStore
import ReformPlan
import Testing
import OfficialDocuments
import ZIPFoundation
@testable import WebApp

/// The indicator pages: roll-ups from communities to the city, drill-down,
/// targets handed down, and values entered by spreadsheet.
@Suite struct IndicatorPageTests {
    static let path = "/indicators/\(TestApp.communityIndicator)"

    @Test(arguments: DatabaseKind.underTest)
    func aDistrictUploadsValuesAndTheCitySeesTheShareAndWhoFallsShort(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, client in
            var jiangan = try await Visitor.signedIn("jiangan", client)
            _ = try await jiangan.get(Self.path)
            let csv = "代码,名称,数值\n420102002001,社区一,12\n420102002002,社区二,9\n420102003001,社区四,10\n"

            let stored = try await jiangan.postMultipart("\(Self.path)/values", ["month": "2019-09"],
                                                         files: [("file", "九月.csv", Data(csv.utf8))])
            var supervisor = try await Visitor.signedIn("guihua", client)
            let city = try await supervisor.get(Self.path)
            let district = try await supervisor.get("\(Self.path)?division=420102&month=2019-09")
            let street = try await supervisor.get("\(Self.path)?division=420102002&month=2019-09")

            #expect(stored.status == .seeOther || stored.status == .found, "\(stored.status)")
            #expect(city.body.contains("社会组织管理和党建工作处"), "who answers for the indicator")
            // 江岸区: 2 of 5 urban communities meet 10; 江汉区 0 of 1 and 新洲区 0 of 2, silent: the city 2 of 8.
            #expect(city.body.contains("达标单位 2 / 8"), "\(AccessMatrixTests.message(city.body))")
            #expect(city.body.contains("href=\"/indicators/8?division=420102&amp;month=2019-09\"") ||
                    city.body.contains("href=\"/indicators/8?division=420102&month=2019-09\""))
            #expect(district.body.contains("大智街道") && district.body.contains("一元街道"))
            #expect(street.body.contains("社区三") && street.body.contains("未报送") && street.body.contains("未达标")
                    && street.body.contains("达标"))
            let entries = try await app.store.auditEntries().filter { $0.action == "indicator.values" }
            #expect(entries.count == 1 && entries[0].actor == "jiangan" && entries[0].after?.contains("九月.csv") == true)
        }
    }

    @Test func aBadFileIsRefusedCellByCellAndNothingIsStored() async throws {
        try await TestApp.run { app, client in
            var jiangan = try await Visitor.signedIn("jiangan", client)
            _ = try await jiangan.get(Self.path)
            let csv = "代码,名称,数值\n420102002001,社区一,12\n420102002002,社区二,很多\n420102999001,不存在,3\n420103001001,社区六,4\n"

            let refused = try await jiangan.postMultipart("\(Self.path)/values", ["month": "2019-09"],
                                                          files: [("file", "坏.csv", Data(csv.utf8))])
            let noFile = try await jiangan.postMultipart("\(Self.path)/values", ["month": "2019-09"], files: [])
            let badMonth = try await jiangan.postMultipart("\(Self.path)/values", ["month": "九月"],
                                                           files: [("file", "a.csv", Data("代码,数值\n".utf8))])
            let noHeader = try await jiangan.postMultipart("\(Self.path)/values", ["month": "2019-09"],
                                                           files: [("file", "b.csv", Data("a,b\n1,2\n".utf8))])

            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("第3行 “数值”列：“很多”不是非负数字"))
            #expect(refused.body.contains("第4行 “代码”列：区划代码420102999001不是已登记的城市社区"))
            #expect(refused.body.contains("420103001001不在你可报送的区内"))
            #expect(refused.body.contains("3 处错误"))
            #expect(noFile.status == .unprocessableContent && noFile.body.contains("请选择要上传的表格文件"))
            #expect(badMonth.status == .unprocessableContent && badMonth.body.contains("2019-09"))
            #expect(noHeader.status == .unprocessableContent && noHeader.body.contains("找不到表头"))
            let future = try await jiangan.postMultipart("\(Self.path)/values", ["month": "2019-10"],
                                                         files: [("file", "a.csv", Data("代码,数值\n420102002001,3\n".utf8))])
            #expect(future.status == .unprocessableContent && future.body.contains("不能报送以后月份"))
            #expect(try await app.store.auditEntries().filter { $0.action == "indicator.values" }.isEmpty)
        }
    }

    /// The template as a district fills it in Excel: a bad cell is named by
    /// sheet, row and column and nothing is stored; corrected, the whole sheet is.
    @Test func aFilledWorkbookIsReadSheetByRowAndABadCellRefusesTheWholeFile() async throws {
        try await TestApp.run { app, client in
            var jiangan = try await Visitor.signedIn("jiangan", client)
            _ = try await jiangan.get(Self.path)
            func workbook(_ third: XlsxWorkbook.Cell) throws -> Data {
                try XlsxWorkbook(title: "t", sheets: [XlsxWorkbook.Sheet(name: "江岸区", widths: [], rows: [
                    [.text("每个城市社区拥有社会组织 · 2019年9月 · 江岸区")],
                    [.text("代码"), .text("名称"), .text("类型"), .text("上月数值"), .text("数值")],
                    [.text("420102002001"), .text("社区一"), .text("城市社区"), .text(""), .number(12)],
                    [.text("420102002002"), .text("社区二"), .text("城市社区"), .text(""), third],
                    [.text("注：数值填写社会组织个数")],
                ])]).data()
            }

            let refused = try await jiangan.postMultipart("\(Self.path)/values", ["month": "2019-09"],
                                                          files: [("file", "江岸区.xlsx", try workbook(.text("十个")))])
            let nothing = try await app.store.auditEntries().filter { $0.action == "indicator.values" }.count
            let stored = try await jiangan.postMultipart("\(Self.path)/values", ["month": "2019-09"],
                                                         files: [("file", "江岸区.xlsx", try workbook(.number(10)))])

            #expect(refused.status == .unprocessableContent && refused.body.contains("江岸区 第4行 “数值”列：“十个”不是非负数字"))
            #expect(nothing == 0)
            #expect(stored.location?.contains("stored=2") == true, "\(stored.status) \(stored.location ?? "") \(AccessMatrixTests.message(stored.body))")
        }
    }

    @Test func aReporterWithoutADistrictCannotEnterValuesAndNoOneSeesAForeignDistrictsTemplate() async throws {
        try await TestApp.run { _, client in
            var yanglao = try await Visitor.signedIn("yanglao", client)
            _ = try await yanglao.get(Self.path)
            let refused = try await yanglao.postMultipart("\(Self.path)/values", ["month": "2019-09"],
                                                          files: [("file", "a.csv", Data("代码,数值\n420102002001,3\n".utf8))])
            let template = try await yanglao.get("\(Self.path)/template.xlsx?month=2019-09")
            var viewer = try await Visitor.signedIn("viewer", client)
            let page = try await viewer.get(Self.path)

            #expect(refused.status == .forbidden && template.status == .forbidden)
            #expect(page.status == .ok && !page.body.contains("enctype=\"multipart/form-data\""))
        }
    }

    @Test func theTemplateHasASheetPerDistrictTheAccountMayFillWithCodesLocked() async throws {
        try await TestApp.run { _, client in
            var jiangan = try await Visitor.signedIn("jiangan", client)
            var supervisor = try await Visitor.signedIn("guihua", client)

            let own = try await jiangan.getData("\(Self.path)/template.xlsx?month=2019-09")
            let all = try await supervisor.getData("\(Self.path)/template.xlsx?month=2019-09")

            let ownBook = try Self.parts(own)
            #expect(ownBook["xl/workbook.xml"]?.contains("name=\"江岸区\"") == true)
            #expect(ownBook.keys.filter { $0.hasPrefix("xl/worksheets/") }.count == 1)
            #expect(ownBook["xl/worksheets/sheet1.xml"]?.contains("<sheetProtection") == true)
            #expect(ownBook["xl/sharedStrings.xml"]?.contains("420102002003") == true)
            #expect(ownBook["xl/sharedStrings.xml"]?.contains("420103001001") == false)
            #expect(try Self.parts(all).keys.filter { $0.hasPrefix("xl/worksheets/") }.count == 13)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func targetsHandedDownShowWhetherTheyAddUp(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, client in
            var supervisor = try await Visitor.signedIn("guihua", client)
            _ = try await supervisor.get("/indicators/2/targets")
            var parts = ["part_420102": "30", "part_420103": "30", "part_420104": "38"]

            let saved = try await supervisor.post("/indicators/2/targets", parts)
            let page = try await supervisor.get("/indicators/2/targets")
            parts["part_420105"] = "-3"
            let refused = try await supervisor.post("/indicators/2/targets", parts)
            let reporter = try await Visitor.signedIn("jiangan", client)
            var r = reporter
            let forbidden = try await r.post("/indicators/2/targets", ["part_420102": "1"])

            #expect(saved.status.code < 400)
            #expect(page.body.contains("分解合计98个，比全市目标100个少2个"))
            #expect(refused.status == .unprocessableContent && refused.body.contains("汉阳区：“-3”不是非负数字")
                    && refused.body.contains("value=\"-3\""))
            #expect(forbidden.status == .forbidden)
            let ids = try await app.store.itemIDs(planID: app.planID)
            #expect(try await app.store.indicatorTargets(indicatorID: ids.indicators[1]) == ["420102": 30, "420103": 30, "420104": 38])
        }
    }

    @Test func targetsAreLoadedFromASheetDownToStreetsAndABadRowRefusesTheFile() async throws {
        try await TestApp.run { app, client in
            var supervisor = try await Visitor.signedIn("guihua", client)
            _ = try await supervisor.get("/indicators/2/targets")
            let good = "区划代码,名称,目标值\n420102,江岸区,8\n420102002,大智街道,3\n420103,江汉区,\n"
            let bad = "代码,目标值\n420102,9\n429999,1\n420103,很多\n"

            let refused = try await supervisor.postMultipart("/indicators/2/targets/file", [:],
                                                             files: [("file", "分解.csv", Data(bad.utf8))])
            _ = try await supervisor.get("/indicators/2/targets")
            let loaded = try await supervisor.postMultipart("/indicators/2/targets/file", [:],
                                                            files: [("file", "分解.csv", Data(good.utf8))])

            #expect(refused.status == .unprocessableContent && refused.body.contains("第3行 “代码”列：“429999”不是已登记的区、街道或社区代码")
                    && refused.body.contains("第4行 “目标值”列：“很多”不是非负数字"))
            #expect(loaded.status.code < 400)
            let ids = try await app.store.itemIDs(planID: app.planID)
            #expect(try await app.store.indicatorTargets(indicatorID: ids.indicators[1]) == ["420102": 8, "420102002": 3])
        }
    }

    @Test func aSupervisorChangesTheRuleAndAThresholdlessShareIsRefused() async throws {
        try await TestApp.run { app, client in
            var supervisor = try await Visitor.signedIn("guihua", client)
            _ = try await supervisor.get("/indicators/1/targets")

            let refused = try await supervisor.post("/indicators/1/rule", ["method": "share", "level": "5", "kinds": "urbanCommunity"])
            let wrongKind = try await supervisor.post("/indicators/1/rule", ["method": "sum", "level": "3", "kinds": "street"])
            let saved = try await supervisor.post("/indicators/1/rule", ["method": "sum", "level": "4", "kinds": "street"])

            #expect(refused.status == .unprocessableContent && refused.body.contains("达标数值"))
            let notANumber = try await supervisor.post("/indicators/1/rule", ["method": "share", "level": "5", "threshold": "nan"])
            #expect(notANumber.status == .unprocessableContent && notANumber.body.contains("不是数字"))
            #expect(wrongKind.status == .unprocessableContent)
            #expect(saved.status.code < 400)
            let ids = try await app.store.itemIDs(planID: app.planID)
            #expect(try await app.store.rollupRule(indicatorID: ids.indicators[0]) == RollupRule(method: .sum, level: .township, kinds: [.street]))
        }
    }

    @Test func theDemoShowsTheCommunityShareByDistrictAndTheDashboardTheIndicatorsBehind() async throws {
        try await TestApp.run(demoYear: true) { _, client in
            var leader = try await Visitor.signedIn("leader", client)
            let city = try await leader.get(Self.path)
            let dashboard = try await leader.get("/")
            let list = try await leader.get("/indicators")

            #expect(city.body.contains("江岸区") && city.body.contains("新洲区") && city.body.contains("<svg"))
            #expect(city.body.contains("达标占比") && city.body.contains("9月"))
            #expect(dashboard.body.contains("差距最大的指标"))
            #expect(list.body.contains("每个城市社区拥有社会组织") && list.body.contains("求和"))
        }
    }

    static func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }
}
