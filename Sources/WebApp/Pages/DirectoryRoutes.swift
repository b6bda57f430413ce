import Hummingbird
import ReformPlan

/// 单位与人员 and 我的待办: who is who on the plan, and what the signed-in
/// person has to do next.
struct DirectoryRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/directory") { _, context -> Response in
            try context.require(.readPlan)
            var data = Frame.data(context, services, title: Catalogue.strings(context.language)["nav_directory"] ?? "", active: "directory")
            guard let current = try await services.plans.current() else { return services.pages.page("directory", data) }
            let accounts = try await services.store.accounts()
            data.merge(DirectoryView(plan: current.plan, accounts: accounts).data) { $1 }
            return services.pages.page("directory", data)
        }
        router.get("/todo") { _, context -> Response in
            let account = try context.account()
            var data = Frame.data(context, services, title: Catalogue.strings(context.language)["nav_todo"] ?? "", active: "todo")
            guard let current = try await services.plans.current() else { return services.pages.page("todo", data) }
            let items = try await TodoList(services: services, current: current, account: account, language: context.language).items()
            data["items"] = items
            return services.pages.page("todo", data)
        }
    }
}

/// Units with the projects they answer for and in what capacity; people
/// with their places on the responsibility chains.
struct DirectoryView {
    let plan: Plan
    let accounts: [Account]

    var data: [String: Any] {
        let units = plan.units.filter { $0.kind != .collective }.map { unit -> [String: Any] in
            let roles = plan.projects.flatMap { project in
                project.responsibility.roles(of: unit.name).map { ["project": project.number, "role": $0] as [String: Any] }
            }
            return ["name": unit.name, "link": UnitRoutes.path(unit.name), "kind": Self.kindName(unit.kind), "roles": roles,
                    "accounts": accounts.filter { $0.unit == unit.name && !$0.disabled }.map { ["name": $0.displayName, "role": $0.role.chineseName] }]
        }
        let people = plan.people.map { person -> [String: Any] in
            var roles: [[String: Any]] = []
            for project in plan.projects {
                if project.responsibility.firstResponsible == person.name { roles.append(["project": project.number, "role": "第一责任人"]) }
                if project.responsibility.leaderInCharge == person.name { roles.append(["project": project.number, "role": "分管领导"]) }
            }
            return ["name": person.name, "title": person.title ?? "", "roles": roles]
        }
        return ["units": units, "people": people]
    }

    static func kindName(_ kind: Unit.Kind) -> String {
        switch kind {
        case .bureau: "本局"
        case .bureauOffice: "局机关处室"
        case .affiliatedUnit: "局直属单位"
        case .districtBureau: "区民政局"
        case .externalAgency: "市直部门（牵头单位）"
        case .collective: "统称"
        }
    }
}
