/// One-scalar-to-one-scalar folding used for matching, so positions never move.
enum Normalization {
    static func normalize(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x2014, 0x2013, 0x2015, 0x2212, 0xFF5E, 0x301C:
            // Dashes and wave dashes in ranges: 1—3月, 5～8个 (before the full-width block, which holds ～).
            return "-"
        case 0xFF01...0xFF5D:
            // Full-width ASCII forms: （）：；，．１２３ and the like.
            return Unicode.Scalar(s.value - 0xFEE0)!
        case 0x00A0, 0x3000, 0x2002...0x200B, 0x202F, 0xFEFF:
            return " "
        case 0x3010: return "["   // 【
        case 0x3011: return "]"   // 】
        default:
            return TraditionalChinese.simplified[s] ?? s
        }
    }

    /// What a value shows: the published character, except that Traditional
    /// characters appear in Simplified. (CleanText drops the layout spaces.)
    static func displayForm(original: Unicode.Scalar, normal: Unicode.Scalar) -> Unicode.Scalar {
        if let simplified = TraditionalChinese.simplified[original] { return simplified }
        return original
    }
}
