/// Escaping for the XML we write by hand (WordprocessingML, SpreadsheetML, and
/// the web pages' SVG charts).
public enum XMLText {
    /// Escapes text for element content and for attribute values in double
    /// quotes. Characters XML 1.0 forbids outright (C0 controls other than tab,
    /// LF, CR; U+FFFE/U+FFFF) are dropped, not escaped: no escape makes them
    /// legal, and Word refuses the whole file over a single one, which a
    /// notice pasted from a web page can easily carry.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
}
