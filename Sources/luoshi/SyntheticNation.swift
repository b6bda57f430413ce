import ReformPlan

/// A made-up national division tree of the real shape for `bench rollup`:
/// the 31 provincial codes of the mainland, about 330 cities, 2,800
/// counties, 40,000 streets and 600,000 communities, spread as evenly as the
/// counts allow. Names are numbered ("省11", "社区…"), never real places.
enum SyntheticNation {
    static let provinceCodes = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
                                50, 51, 52, 53, 54, 61, 62, 63, 64, 65]

    struct Shape {
        var cities = 330, counties = 2_800, streets = 40_000, communities = 600_000
    }

    /// `n` shared out over `parts`: the first `n % parts` get one more.
    static func share(_ n: Int, over parts: Int, _ i: Int) -> Int { n / parts + (i < n % parts ? 1 : 0) }

    static func divisions(_ shape: Shape = Shape()) -> [Division] {
        var all: [Division] = []
        all.reserveCapacity(shape.cities + shape.counties + shape.streets + shape.communities + 31)
        var cityIndex = 0, countyIndex = 0, streetIndex = 0
        for (p, province) in provinceCodes.enumerated() {
            let pCode = "\(province)0000"
            all.append(Division(code: pCode, name: "省\(province)", kind: .province, parent: nil))
            for c in 0..<share(shape.cities, over: provinceCodes.count, p) {
                let cCode = "\(province)\(two(c + 1))00"
                all.append(Division(code: cCode, name: "市\(cCode)", kind: .city, parent: pCode))
                for k in 0..<share(shape.counties, over: shape.cities, cityIndex) {
                    let kCode = "\(province)\(two(c + 1))\(two(k + 1))"
                    all.append(Division(code: kCode, name: "区\(kCode)", kind: .district, parent: cCode,
                                        tags: k % 3 == 0 ? [WuhanDivisions.centralTag] : []))
                    for s in 0..<share(shape.streets, over: shape.counties, countyIndex) {
                        let sCode = kCode + three(s + 1)
                        all.append(Division(code: sCode, name: "街道\(sCode)", kind: .street, parent: kCode))
                        let n = share(shape.communities, over: shape.streets, streetIndex)
                        for m in 0..<n {
                            // Two in three urban (001…), the rest villages (200…).
                            let urban = m < (n * 2 + 2) / 3
                            let mCode = sCode + three(urban ? m + 1 : 200 + m)
                            all.append(Division(code: mCode, name: "社区\(mCode)", kind: urban ? .urbanCommunity : .ruralCommunity,
                                                parent: sCode))
                        }
                        streetIndex += 1
                    }
                    countyIndex += 1
                }
                cityIndex += 1
            }
        }
        return all
    }

    static func two(_ n: Int) -> String { DivisionCode.segment(n, width: 2) }
    static func three(_ n: Int) -> String { DivisionCode.segment(n, width: 3) }
}
