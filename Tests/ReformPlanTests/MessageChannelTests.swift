import Testing
@testable import ReformPlan

/// What a channel must look like before it is kept: each mistake named by its field.
@Suite struct MessageChannelTests {
    func fields(_ kind: MessageChannel.Kind, _ address: String, secret: String? = nil) -> [String] {
        MessageChannel(owner: .unit("养老服务处"), kind: kind, address: address, secret: secret).problems().map(\.field)
    }

    @Test func goodAddressesPass() {
        #expect(fields(.email, "yanglao@mzj.wuhan.gov.cn").isEmpty)
        #expect(fields(.dingtalk, "https://oapi.dingtalk.com/robot/send?access_token=abc", secret: "SEC123").isEmpty)
        #expect(fields(.wecom, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k").isEmpty)
    }

    @Test func aBadAddressIsNamedWithWhatIsWrong() {
        #expect(fields(.email, "yanglao mzj.wuhan.gov.cn") == ["address"])
        #expect(fields(.email, "a@b@c.cn") == ["address"])
        #expect(fields(.email, "a@localhost") == ["address"])
        #expect(fields(.dingtalk, "oapi.dingtalk.com/robot/send") == ["address"])
        #expect(fields(.dingtalk, "ftp://oapi.dingtalk.com/robot/send?access_token=a") == ["address"])
        #expect(fields(.dingtalk, "https://oapi.dingtalk.com/robot/send") == ["address"])
        #expect(fields(.wecom, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?access_token=a") == ["address"])
    }

    @Test func aRobotOffItsServicesHostNeedsTheOperatorsLeave() {
        let metadata = "http://169.254.169.254/latest?access_token=a"
        let relay = "http://relay.mzj.local/robot/send?access_token=a"

        #expect(fields(.dingtalk, metadata) == ["address"])
        #expect(fields(.dingtalk, "http://oapi.dingtalk.com/robot/send?access_token=a") == ["address"], "https only")
        #expect(fields(.wecom, "https://oapi.dingtalk.com/cgi-bin/webhook/send?key=k") == ["address"], "each robot on its own host")
        #expect(MessageChannel(owner: .unit("养老服务处"), kind: .dingtalk, address: relay).problems(extraHosts: ["relay.mzj.local"]).isEmpty)
        #expect(!MessageChannel.mayPost(to: metadata, kind: .dingtalk, extraHosts: ["relay.mzj.local"]))
    }

    @Test func aSecretWhereNoneBelongsOrNotDingTalksIsNamed() {
        #expect(fields(.email, "a@b.cn", secret: "x") == ["secret"])
        #expect(fields(.wecom, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", secret: "SEC1") == ["secret"])
        #expect(fields(.dingtalk, "https://oapi.dingtalk.com/robot/send?access_token=a", secret: "abc") == ["secret"])
    }

    @Test func aWebhookIsShownWithItsTokenCutShort() {
        let channel = MessageChannel(owner: .unit("养老服务处"), kind: .dingtalk,
                                     address: "https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef0123456789")

        #expect(channel.shownAddress == "https://oapi.dingtalk.com/robot/send?access_token=012345…")
    }
}
