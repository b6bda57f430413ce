import ArgumentParser
import Foundation
import Messaging
import PlanStore
import ReformPlan
import WebApp

/// `luoshi channels add|list|remove`: where a unit or a person is told things.
struct ChannelsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "channels", abstract: "消息通道：单位或人员的电子邮件、钉钉机器人、企业微信机器人。 Message channels.",
        subcommands: [Add.self, List.self, Remove.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "为单位（--unit）或账户（--account）添加一个通道。")
        @Option(help: "The unit told (e.g. 养老服务处).") var unit: String?
        @Option(help: "The account told, by login.") var account: String?
        @Option(help: "An e-mail address.") var email: String?
        @Option(help: "A DingTalk custom robot's webhook URL (…/robot/send?access_token=…).") var dingtalk: String?
        @Option(help: "The DingTalk robot's 加签 secret (SEC…).") var secret: String?
        @Option(help: "A WeCom group robot's webhook URL (…/webhook/send?key=…).") var wecom: String?
        @Option(help: "A note shown beside the channel.") var note = ""
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            guard (unit == nil) != (account == nil) else { throw CommandFailure("请给出 --unit 或 --account 之一。 (Give --unit or --account.)") }
            let given = [(MessageChannel.Kind.email, email), (.dingtalk, dingtalk), (.wecom, wecom)].compactMap { kind, value in
                value.map { (kind, $0) }
            }
            guard given.count == 1, let (kind, address) = given.first else {
                throw CommandFailure("请给出 --email、--dingtalk、--wecom 之一。 (Give exactly one of --email, --dingtalk, --wecom.)")
            }
            let owner: Message.Recipient = unit.map { .unit($0) } ?? .account(account ?? "")
            let channel = MessageChannel(owner: owner, kind: kind, address: address, secret: secret, note: note)
            let problems = channel.problems(extraHosts: MessagingSettings.webhookHosts(ProcessInfo.processInfo.environment))
            guard problems.isEmpty else {
                throw CommandFailure(problems.map { "--\($0.field == "address" ? kind.rawValue : $0.field)：\($0.message)" }.joined(separator: "\n"))
            }
            let saved = try await database.withStore { store in
                try await store.saveChannel(channel, by: "luoshi channels", at: Date())
            }
            print("已添加通道 \(saved.id ?? 0)：\(owner.name) \(kind.chineseName) \(saved.shownAddress)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出通道（编号、对象、类型、地址、是否加签、状态），制表符分隔。")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            for channel in try await database.withStore({ try await $0.messageChannels() }) {
                print([String(channel.id ?? 0), channel.owner.name, channel.kind.rawValue, channel.shownAddress,
                       (channel.secret ?? "").isEmpty ? "-" : "加签", channel.enabled ? "启用" : "停用"].joined(separator: "\t"))
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "删除一个通道（已发出的消息记录保留）。")
        @Argument var id: Int64
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await database.withStore { try await $0.removeChannel(id: id, by: "luoshi channels", at: Date()) }
            print("已删除通道 \(id)")
        }
    }
}

/// `luoshi messages [--state S]` and `luoshi messages retry ID`: the outbox.
struct MessagesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "messages", abstract: "发件箱：列出消息及其发送状态，重发失败的消息。 The outbox.",
        subcommands: [List.self, Retry.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出消息（编号、状态、次数、对象、通道、标题、错误），制表符分隔，最新在前。")
        @Option(help: "pending, sending, sent or dead.") var state: String?
        @Option(help: "At most this many.") var limit = 100
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            var wanted: OutboxMessage.State?
            if let state {
                guard let chosen = OutboxMessage.State(rawValue: state) else {
                    throw CommandFailure("--state “\(state)” 应为 pending、sending、sent 或 dead。")
                }
                wanted = chosen
            }
            let messages = try await database.withStore { try await $0.outboxMessages(state: wanted, limit: limit) }
            for m in messages {
                print([String(m.id), m.state.rawValue, String(m.attempts), m.recipient.name, m.channel?.rawValue ?? "none",
                       m.subject, m.lastError ?? ""].joined(separator: "\t"))
            }
        }
    }

    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "把一条发送失败的消息重新排队（幂等键不变）。")
        @Argument var id: Int64
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await database.withStore { try await $0.retryMessage(id: id, by: "luoshi messages", at: Date()) }
            print("消息 \(id) 已重新排队。")
        }
    }
}

/// `luoshi remind [--as-of D]`: one look at the reminder rules, for a scheduled job.
struct RemindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind", abstract: "按截至日期检查报送和督办期限，发出应发而未发的提醒。 Send the reminders owed as of a day.")
    @Option(name: .customLong("as-of"), help: "The day (yyyy-mm-dd); today in Asia/Shanghai when left out.") var asOf: String?
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let today = try CommandDay.parse(asOf)
        var thresholds = StatusThresholds()
        if let due = ProcessInfo.processInfo.environment["LUOSHI_REPORT_DUE_DAY"].flatMap(Int.init), (1...31).contains(due) {
            thresholds.reportDueDay = due
        }
        let sent = try await database.withStore { store in
            try await ReminderRound(store: store, thresholds: thresholds).run(today: today, by: "luoshi remind")
        }
        for reminder in sent { print("\(reminder.message.recipient.name)\t\(reminder.message.subject)") }
        print("截至 \(today) 发出提醒 \(sent.count) 条。")
    }
}
