import Foundation
import Hummingbird
import PlanStore
import ReformPlan

/// 消息通道 at /channels: where each unit and person is told things — e-mail
/// addresses, DingTalk robots (with 加签), WeCom robots — with a test message
/// per owner. The supervisor and administrator keep every unit's; a unit's
/// reporter keeps the unit's own and their own.
struct ChannelRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/channels") { _, context in try await page(context) }
        router.post("/channels") { request, context in try await save(request, context) }
        router.post("/channels/{id}/remove") { request, context in try await remove(request, context) }
        router.post("/channels/test") { request, context in try await test(request, context) }
    }

    /// The owners the account may keep channels for: every unit of the plan and every
    /// account, or the reporter's own unit and self.
    func owners(_ account: Account) async throws -> [Message.Recipient] {
        if Access.scope(of: account.role, for: .manageChannels) == .all {
            let plan = try await services.currentPlan().plan
            let accounts = try await services.store.accounts()
            var seen = Set<String>()
            let units = (plan.unitsOnResponsibilityChains + accounts.compactMap(\.unit)).filter { seen.insert($0).inserted }
            return units.map(Message.Recipient.unit) + accounts.filter { !$0.disabled }.map { .account($0.login) }
        }
        return (account.unit.map { [Message.Recipient.unit($0)] } ?? []) + [.account(account.login)]
    }

    func mayKeep(_ owner: Message.Recipient, _ account: Account) -> Bool {
        switch owner {
        case .unit(let unit): Access.allows(account, .manageChannels, units: [unit])
        case .account(let login): login == account.login || Access.scope(of: account.role, for: .manageChannels) == .all
        }
    }

    private func page(_ context: AppContext, typed: FormInput? = nil, problems: [String] = [],
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let account = try context.require(.manageChannels)
        let owners = try await owners(account)
        let channels = try await services.store.messageChannels().filter { mayKeep($0.owner, account) }
        var data = Frame.data(context, services, title: "消息通道", active: "messages")
        data["owners"] = owners.map { owner -> [String: Any] in
            let mine = channels.filter { $0.owner == owner }
            return ["value": Self.ownerValue(owner), "name": Self.ownerName(owner), "selected": typed?["owner"] == Self.ownerValue(owner),
                    "channels": mine.map { c in
                        ["id": c.id ?? 0, "kind": c.kind.chineseName, "address": c.shownAddress,
                         "signed": !(c.secret ?? "").isEmpty, "note": c.note, "enabled": c.enabled] as [String: Any]
                    }, "hasChannels": !mine.isEmpty]
        }
        data["kinds"] = MessageChannel.Kind.allCases.map { ["value": $0.rawValue, "name": $0.chineseName, "selected": typed?["kind"] == $0.rawValue] }
        data["typedAddress"] = typed?["address"] ?? ""
        data["typedNote"] = typed?["note"] ?? ""
        data["problems"] = problems
        data["smtp"] = services.settings.messaging.smtp.map { "\($0.host):\($0.port)（发件人 \($0.from)）" } ?? ""
        return services.pages.page("channels", data, status: status)
    }

    static func ownerValue(_ owner: Message.Recipient) -> String {
        switch owner {
        case .unit(let unit): "unit:" + unit
        case .account(let login): "account:" + login
        }
    }

    static func ownerName(_ owner: Message.Recipient) -> String {
        switch owner {
        case .unit(let unit): unit
        case .account(let login): "账户 " + login
        }
    }

    static func owner(_ value: String?) -> Message.Recipient? {
        guard let value, let colon = value.firstIndex(of: ":") else { return nil }
        let name = String(value[value.index(after: colon)...])
        guard !name.isEmpty else { return nil }
        switch value[..<colon] {
        case "unit": return .unit(name)
        case "account": return .account(name)
        default: return nil
        }
    }

    /// The owner a form names, if the account may keep its channels.
    private func chosenOwner(_ form: FormInput, _ account: Account) async throws -> Message.Recipient {
        guard let owner = Self.owner(form["owner"]) else {
            throw Refusal(.unprocessableContent, zh: "请选择要设置通道的单位或账户。", en: "Choose a unit or account.", field: "owner")
        }
        guard mayKeep(owner, account) else { throw Refusal.forbidden("设置\(owner.name)的消息通道", "set up this owner's channels") }
        guard try await owners(account).contains(owner) else {
            throw Refusal(.unprocessableContent, zh: "没有名为“\(owner.name)”的单位或账户。", en: "No such unit or account.", field: "owner")
        }
        return owner
    }

    private func save(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.manageChannels)
        let form = try await FormInput.read(request, context: context)
        let owner = try await chosenOwner(form, account)
        guard let kind = form["kind"].flatMap(MessageChannel.Kind.init(rawValue:)) else {
            return try await page(context, typed: form, problems: ["请选择通道类型：电子邮件、钉钉机器人或企业微信机器人。"], status: .unprocessableContent)
        }
        let channel = MessageChannel(owner: owner, kind: kind, address: (form["address"] ?? "").trimmingCharacters(in: .whitespaces),
                                     secret: form.text("secret"), note: form.text("note") ?? "")
        let problems = channel.problems(extraHosts: services.settings.messaging.webhookHosts)
        guard problems.isEmpty else {
            return try await page(context, typed: form, problems: problems.map(\.message), status: .unprocessableContent)
        }
        do {
            try await services.store.saveChannel(channel, by: account.login, at: services.now())
        } catch StoreError.duplicateItem {
            return try await page(context, typed: form, problems: ["\(owner.name)已有这个\(kind.chineseName)地址。"], status: .conflict)
        }
        return .redirect(to: "/channels")
    }

    private func remove(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.manageChannels)
        let id = try context.parameters.require("id", as: Int64.self)
        guard let channel = try await services.store.messageChannel(id: id) else { throw Refusal.notFound("该消息通道", "channel") }
        guard mayKeep(channel.owner, account) else { throw Refusal.forbidden("删除\(channel.owner.name)的消息通道", "remove this channel") }
        _ = try await FormInput.read(request, context: context)
        try await services.store.removeChannel(id: id, by: account.login, at: services.now())
        return .redirect(to: "/channels")
    }

    private func test(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.manageChannels)
        let form = try await FormInput.read(request, context: context)
        let owner = try await chosenOwner(form, account)
        try await services.store.sendTestMessage(to: owner, by: account.login, at: services.now())
        return .redirect(to: "/messages")
    }
}
