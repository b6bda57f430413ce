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
