import ReformPlan

/// The plan's directory: every unit and person named, once, in the order they
/// first appear, with the unit's kind and a person's title where stated.
enum Directory {
    static func fill(_ plan: inout Plan, people found: [Person]) {
        let issuer = plan.notice.issuer.map(Chrome.compact)
        var units: [Unit] = []
        func add(_ name: String?) {
            guard let name, !name.isEmpty, !units.contains(where: { $0.name == name }) else { return }
            units.append(Unit(name: name, kind: UnitNames.kind(of: name, issuer: issuer)))
        }
        add(plan.notice.issuer)
        plan.unitsOnResponsibilityChains.forEach(add)
        add(plan.notice.supervisingUnit)
        plan.notice.contacts.forEach { add($0.unit) }
        plan.notice.addressees.forEach(add)
        plan.units = units

        var people: [Person] = []
        func addPerson(_ person: Person) {
            if let k = people.firstIndex(where: { $0.name == person.name }) {
                if people[k].title == nil { people[k].title = person.title }
            } else {
                people.append(person)
            }
        }
        for r in plan.projects.map(\.responsibility) {
            if let name = r.firstResponsible { addPerson(found.first { $0.name == name } ?? Person(name: name)) }
            if let name = r.leaderInCharge { addPerson(found.first { $0.name == name } ?? Person(name: name)) }
        }
        found.forEach(addPerson)
        plan.notice.leaders.forEach { addPerson(Person(name: $0.name, title: $0.title)) }
        plan.notice.contacts.compactMap(\.person).forEach { addPerson(Person(name: $0)) }
        plan.people = people
    }
}
