import ReformPlan

/// Documents a notice cites as its basis: "按照《关于印发<…>的通知》(武改委发
/// 〔2019〕1号)和《2019年全市改革要点任务分解表》等文件精神".
enum ReferenceScanner {
    static func references(in clean: CleanText, excludingTitle own: String) -> [DocumentReference] {
        var result: [DocumentReference] = []
        for sentence in clean.sentences() {
            let s = sentence.normal
            guard ["按照", "根据", "依据", "贯彻", "落实"].contains(where: { sentence.normalString.contains($0) }) else { continue }
            var i = 0
            while i < s.count {
                guard s[i] == "《" else { i += 1; continue }
                // An unclosed 《 leaves nothing after it to find in this sentence.
                guard let close = matchingClose(s, i) else { break }
                let title = sentence[(i + 1)..<close].string
                var number: String?
                var j = close + 1
                if j < s.count, s[j] == "(", let end = s[j...].firstIndex(of: ")") {
                    let inner = sentence[(j + 1)..<end].normalString
                    if let n = Chrome.documentNumber(in: inner) {
                        number = sentence[(j + 1)..<end].string.contains(n) ? n : sentence[(j + 1)..<end].string
                        j = end + 1
                    }
                }
                if Chrome.compact(title) != Chrome.compact(own) { result.append(DocumentReference(title: title, number: number)) }
                i = j
            }
        }
        return result
    }

    private static func matchingClose(_ s: [Unicode.Scalar], _ open: Int) -> Int? {
        var depth = 0
        for i in open..<s.count {
            if s[i] == "《" { depth += 1 } else if s[i] == "》" { depth -= 1; if depth == 0 { return i } }
        }
        return nil
    }
}
