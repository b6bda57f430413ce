import Testing
@testable import ReformPlan

@Suite struct MoneyTests {
    func yuan(_ text: String, _ unit: MoneyUnit = .yuan) -> Money? { try? Money.parse(text, unit: unit).get() }

    @Test func tenFenAndTwentyFenAreExactlyThirtyFen() {
        let sum = yuan("0.1")! + yuan("0.2")!

        #expect(sum == yuan("0.3"))
        #expect(sum.fen == 30)
        #expect(sum.plain == "0.30")
    }

    @Test func typedAmountsAreReadWithGroupingUnitsAndFullWidthDigits() {
        #expect(yuan("12,345.67")?.fen == 1_234_567)
        #expect(yuan("１２，３４５．６７")?.fen == 1_234_567)
        #expect(yuan(" 1200元 ")?.fen == 120_000)
        #expect(yuan("3.5万元")?.fen == 3_500_000)
        #expect(yuan("3.5万")?.fen == 3_500_000)
        #expect(yuan("1.2", .tenThousandYuan)?.fen == 1_200_000)
        #expect(yuan("0.000001", .tenThousandYuan)?.fen == 1)
        #expect(yuan(".5")?.fen == 50)
        #expect(yuan("007")?.fen == 700)
    }

    @Test func garbageAndNegativeAmountsAreRefusedWithTheReason() {
        #expect(Money.parse("", unit: .yuan) == .failure(.empty))
        #expect(Money.parse("-5", unit: .yuan) == .failure(.negative))
        #expect(Money.parse("0", unit: .yuan) == .failure(.zero))
        #expect(Money.parse("0", unit: .yuan, allowZero: true) == .success(.zero))
        #expect(Money.parse("1.234", unit: .yuan) == .failure(.tooManyDecimals(unit: .yuan)))
        #expect(Money.parse("1.2345678", unit: .tenThousandYuan) == .failure(.tooManyDecimals(unit: .tenThousandYuan)))
        for garbage in ["abc", "1.2.3", "12,34", ",5", "1e5", "五千", "12 345", "1.", "NaN"] {
            #expect(Money.parse(garbage, unit: .yuan) == .failure(.notANumber(garbage)), "\(garbage)")
        }
        #expect(MoneyProblem.notANumber("abc").message.contains("“abc”不是金额"))
        #expect(MoneyProblem.tooManyDecimals(unit: .yuan).message == "以元为单位时最多2位小数（精确到分）。")
    }

    @Test func largeAmountsStayExactUpToTheLimit() {
        #expect(yuan("1,000,000,000,000.00") == .largest)
        #expect(Money.parse("1000000000000.01", unit: .yuan) == .failure(.tooLarge))
        #expect(Money.parse("99999999999999999999", unit: .yuan) == .failure(.tooLarge))
        #expect(Money.parse("100000001", unit: .tenThousandYuan) == .failure(.tooLarge))
        let big = yuan("987,654,321,098.76")!
        #expect(big.plain == "987654321098.76")
        #expect(big.grouped == "987,654,321,098.76")
        #expect((big + yuan("0.24")!).grouped == "987,654,321,099.00")
    }

    @Test func amountsAreWrittenInYuanAndInTenThousands() {
        #expect(Money(fen: 5).plain == "0.05")
        #expect(Money(fen: -1_234_567).grouped == "-12,345.67")
        #expect(Money(fen: 123).description == "1.23元")
        #expect(Money(fen: 3_500_000).tenThousands == "3.5万元")
        #expect(Money(fen: 1).tenThousands == "0.000001万元")
        #expect(Money(fen: 100_000_000).tenThousands == "100万元")
    }
}
