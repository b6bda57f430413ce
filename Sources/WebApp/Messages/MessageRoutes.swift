import Foundation
import Hummingbird
import PlanStore
import ReformPlan

/// 消息 at /messages: the outbox as the supervisor watches it — what went to
/// whom through which channel, what arrived, what failed and why — with a
/// button to send a dead message again. A unit's reporter sees its own.
struct MessageRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/messages") { request, context in try await list(request, context) }
        router.post("/messages/{id}/retry") { request, context in try await retry(request, context) }
    }

    private func list(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.readMessages)
        let all = Access.scope(of: account.role, for: .readMessages) == .all
        let own = all ? nil : account.unit
        // A unit's reporter sees the unit's messages and their own account's, and counts only those.
        let mine: [Message.Recipient]? = all ? nil : (account.unit.map { [.unit($0)] } ?? []) + [.account(account.login)]
        let state = request.uri.queryParameters.get("state").flatMap(OutboxMessage.State.init(rawValue:))
        let messages = try await services.store.outboxMessages(state: state, recipients: mine, limit: 200)
        let counts = try await services.store.outboxCounts(recipients: mine)
        var data = Frame.data(context, services, title: "消息", active: "messages")
        data["tabs"] = ([nil] + OutboxMessage.State.allCases).map { tab -> [String: Any] in
            ["href": tab.map { "/messages?state=\($0.rawValue)" } ?? "/messages",
             "name": tab?.chineseName ?? "全部", "current": tab == state,
             "count": tab.map { counts[$0] ?? 0 } ?? counts.values.reduce(0, +)]
        }
        data["messages"] = messages.map { row($0, account) }
        data["own"] = own ?? ""
        data["canManage"] = Access.allows(account, .manageChannels, units: own.map { [$0] } ?? [])
        return services.pages.page("messages", data)
    }

    func row(_ m: OutboxMessage, _ account: Account) -> [String: Any] {
        let channel = m.channel.map { MessageChannel(owner: m.recipient, kind: $0, address: m.address) }
        return ["id": m.id, "created": Shanghai.minute(m.createdAt), "recipient": m.recipient.name,
                "kind": m.kind.chineseName, "channel": channel?.kind.chineseName ?? "无通道",
                "address": channel?.shownAddress ?? "", "subject": m.subject, "state": m.state.chineseName,
                "stateKey": m.state.rawValue, "attempts": m.attempts, "error": m.lastError ?? "",
                "next": m.state == .pending && m.attempts > 0 ? Shanghai.minute(m.nextAttemptAt) : "",
                "sent": m.sentAt.map(Shanghai.minute) ?? "",
                "canRetry": m.state == .dead && Self.mayRetry(m, account)]
    }

    /// A unit's messages for whoever keeps the unit's channels; an account's for the account itself and those who keep all.
    static func mayRetry(_ message: OutboxMessage, _ account: Account) -> Bool {
        switch message.recipient {
        case .unit(let unit): Access.allows(account, .manageChannels, units: [unit])
        case .account(let login): Access.allows(account, .manageChannels) && (login == account.login
            || Access.scope(of: account.role, for: .manageChannels) == .all)
        }
    }

    private func retry(_ request: Request, _ context: AppContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int64.self)
        guard let message = try await services.store.outboxMessage(id: id) else { throw Refusal.notFound("该消息", "message") }
        let account = try context.require(.manageChannels)
        guard Self.mayRetry(message, account) else { throw Refusal.forbidden("重发发给\(message.recipient.name)的消息", "resend this message") }
        _ = try await FormInput.read(request, context: context)
        do {
            try await services.store.retryMessage(id: id, by: account.login, at: services.now())
        } catch StoreError.stateConflict(_, _, let current) {
            let state = OutboxMessage.State(rawValue: current)?.chineseName ?? current
            throw Refusal(.conflict, zh: "这条消息现在是“\(state)”，只有发送失败的消息可以重发。",
                          en: "Only a dead message can be sent again; this one is \(current).")
        } catch StoreError.invalidValue(field: "channel", _) {
            throw Refusal(.unprocessableContent, zh: "\(message.recipient.name)还没有可用的消息通道，请先在“消息通道”中设置。",
                          en: "\(message.recipient.name) has no channel yet: set one up first.", field: "channel")
        }
        return .redirect(to: "/messages")
    }
}
