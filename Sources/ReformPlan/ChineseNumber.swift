/// Chinese numerals for heading numbers (一、二、…十一、…九十九), the way a
/// notice numbers its parts. Group counts in a plan stay far below a hundred;
/// beyond that the Arabic number is printed rather than a wrong numeral.
public enum ChineseNumber {
    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    public static func text(_ n: Int) -> String {
        switch n {
        case 0..<10: digits[n]
        case 10..<20: "十" + (n % 10 == 0 ? "" : digits[n % 10])
        case 20..<100: digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10])
        default: String(n)
        }
    }
}

extension ChineseNumber {
    /// A figure as tables show it: whole numbers without decimals (100),
    /// others to two places (62.50).
    public static func plain(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "\(value)" }
        if value == value.rounded() { return String(Int(value)) }
        let hundredths = Int((abs(value) * 100).rounded())
        let fraction = hundredths % 100
        return (value < 0 ? "-" : "") + "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
