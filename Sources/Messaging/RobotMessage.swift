import Foundation

/// The JSON bodies the group robots take: DingTalk's markdown message and
/// WeCom's. Both carry the subject, the text and a link back to the page, and
/// end with "落实" so a DingTalk robot secured by the keyword 落实 lets them through.
public enum RobotMessage {
    public static func dingTalk(subject: String, body: String, url: String) -> Data {
        let text = "#### \(escaped(subject))\n\n\(escaped(body))\n\n[查看详情](\(url))\n\n— 落实 · 改革任务督办"
        return json(["msgtype": "markdown", "markdown": ["title": subject, "text": text]])
    }

    /// WeCom's markdown: at most 4096 bytes, so a long body is cut at a character boundary.
    public static func weCom(subject: String, body: String, url: String) -> Data {
        let head = "### \(escaped(subject))\n", tail = "\n[查看详情](\(url))\n<font color=\"comment\">落实 · 改革任务督办</font>"
        let room = 4096 - head.utf8.count - tail.utf8.count - 4
        return json(["msgtype": "markdown", "markdown": ["content": head + "> " + cut(escaped(body), toBytes: room) + tail]])
    }

    /// Markdown's own marks in our text would change how it shows: they are taken as plain characters.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "*_`[]#<>".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    static func cut(_ text: String, toBytes limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        var out = "", used = 0
        for character in text {
            let size = String(character).utf8.count
            if used + size > limit - 3 { break }
            out.append(character)
            used += size
        }
        return out + "…"
    }

    static func json(_ value: [String: Any]) -> Data {
        (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
    }
}
