import Foundation
import Testing
@testable import Messaging

/// The wire formats, checked against what the standards and the robots ask.
@Suite struct EncodingTests {
    @Test func dingTalkSignatureMatchesTheWorkedExample() {
        // The vector in shared/reference/messaging-webhooks.md §1.3 (computed with Python's hmac).
        #expect(DingTalkSigning.signature(secret: "SEC0123456789abcdef", timestamp: 1_700_000_000_002)
                == "VGvd0brDJp/nMZtR+XnA3yBIlhowT+TwkRPua0q1/jg=")
        #expect(DingTalkSigning.signedURL("https://oapi.dingtalk.com/robot/send?access_token=t", secret: "SEC0123456789abcdef",
                                          timestamp: 1_700_000_000_002)
                == "https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=1700000000002&sign=VGvd0brDJp%2FnMZtR%2BXnA3yBIlhowT%2BTwkRPua0q1%2Fjg%3D")
    }

    @Test func aChineseSubjectIsEncodedWordsOfWholeCharactersAtMost75Long() throws {
        let subject = "【督办】督办〔2019〕3号 关于开展2024年度全市政务服务事项安全检查工作的通知"
        let encoded = MailMessage.encodedWords(subject)

        let words = encoded.components(separatedBy: "\r\n ")
        #expect(words.count > 1)
        var decoded = Data()
        for word in words {
            #expect(word.count <= 75)
            #expect(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?="))
            let payload = try #require(Data(base64Encoded: String(word.dropFirst(10).dropLast(2))))
            // Each word decodes alone: no character is split between two.
            #expect(String(data: payload, encoding: .utf8) != nil)
            decoded += payload
        }
        #expect(String(decoding: decoded, as: UTF8.self) == subject)
        #expect(MailMessage.encodedWords("Weekly report") == "Weekly report")
    }

    @Test func theBodyIsBase64InLinesOf76WithCRLF() throws {
        let body = String(repeating: "养老服务处：请于2019年10月25日前报送。\n", count: 20)
        let mail = MailMessage(from: "a@b.cn", to: "c@d.cn", subject: "提醒", body: body, messageID: "luoshi-1", date: Date(timeIntervalSince1970: 0))

        let rendered = mail.rendered
        let parts = rendered.components(separatedBy: "\r\n\r\n")
        #expect(parts[0].contains("Message-ID: <luoshi-1@luoshi>"))
        #expect(parts[0].contains("Date: Thu, 01 Jan 1970 08:00:00 +0800"))
        let lines = parts[1].components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.allSatisfy { $0.count <= 76 })
        let text = String(decoding: try #require(Data(base64Encoded: lines.joined())), as: UTF8.self)
        #expect(text == body.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test func aLineStartingWithADotIsStuffed() {
        #expect(SMTPClient.dotStuffed("a\r\n.\r\n.b\r\n") == "a\r\n..\r\n..b\r\n")
    }

    @Test func theBackoffDoublesUpToItsCapAndEndsAfterTheLastTry() {
        let backoff = Backoff(base: 30, cap: 300, attempts: 5)

        #expect([1, 2, 3, 4, 5].map(backoff.delay(after:)) == [30, 60, 120, 240, 300])
        #expect(backoff.nextTry(after: 4, failedAt: 1000) == 1240)
        #expect(backoff.nextTry(after: 5, failedAt: 1000) == nil)
    }

    @Test func robotAnswersAreJudgedByErrcodeNotByHTTPAlone() {
        func judge(_ status: Int, _ body: String) -> DeliveryOutcome {
            WebhookClient.judge(status: status, body: Data(body.utf8), service: "钉钉")
        }
        #expect(judge(200, #"{"errcode":0,"errmsg":"ok"}"#) == .delivered)
        #expect(judge(204, "") == .delivered)
        #expect(judge(200, #"{"errcode":310000,"errmsg":"sign not match"}"#) == .refused("钉钉返回 errcode 310000：sign not match"))
        #expect(judge(200, #"{"errcode":45009,"errmsg":"api freq out of limit"}"#) == .retry("钉钉返回 errcode 45009：api freq out of limit"))
        #expect(judge(200, #"{"errcode":-1,"errmsg":"system busy"}"#) == .retry("钉钉返回 errcode -1：system busy"))
        if case .retry = judge(502, "bad gateway") {} else { Issue.record("a 502 is tried again") }
        if case .retry = judge(429, "") {} else { Issue.record("a 429 is tried again") }
        if case .refused = judge(404, "no such robot") {} else { Issue.record("a 404 is not tried again") }
    }

    @Test func aLongWeComMessageIsCutToItsByteLimitAtACharacter() throws {
        let data = RobotMessage.weCom(subject: "提醒", body: String(repeating: "督", count: 3000), url: "http://x/y")
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let content = try #require((object["markdown"] as? [String: String])?["content"])

        #expect(content.utf8.count <= 4096)
        #expect(content.contains("…"))
        #expect(content.hasSuffix("落实 · 改革任务督办</font>"))
    }
}
