import Foundation
import Hummingbird
import OfficialDocuments
import PlanStore
import ReformPlan

/// Meetings at /meetings: the quarterly dispatch meeting (季度调度), joint
/// meetings (联席会议) and the leading group's meetings. Calling one proposes
/// its agenda from what lags (projects, overdue notices, open actions) and
/// tells the units invited; after it, the minutes and its decisions, each
/// decision an action with an owner unit and a deadline; a calendar file each.
struct MeetingRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/meetings") { _, context in try await list(context) }
        router.post("/meetings") { request, context in try await create(request, context) }
        router.get("/meetings/{id}") { _, context in try await page(context) }
        router.post("/meetings/{id}") { request, context in try await update(request, context) }
        router.post("/meetings/{id}/actions") { request, context in try await decide(request, context) }
        router.get("/meetings/{id}/calendar.ics") { _, context in try await calendar(context) }
    }

    /// The agenda the rules propose as of today, from the quarter's view, overdue notices and open actions.
    func proposedAgenda(_ current: PlanCache.Current) async throws -> [String] {
        let today = services.today(), year = current.plan.year ?? today.year
        let quarter = today.year == year ? (today.month - 1) / 3 + 1 : 4
        let review = QuarterReview(plan: current.plan, reports: try await services.store.reports(planID: current.id), year: year,
                                   quarter: quarter, today: today, thresholds: try await services.thresholds())
        return MeetingAgenda.proposed(review: review, notices: try await services.store.notices(planID: current.id, openOnly: true),
                                      openActions: try await services.store.actions(planID: current.id, openOnly: true), today: today)
    }

    private func list(_ context: AppContext, typed: FormInput? = nil, problems: [String] = [],
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let account = try context.require(.readPlan)
        let current = try await services.currentPlan()
        let meetings = try await services.store.meetings(planID: current.id)
        let actions = try await services.store.actions(planID: current.id)
        var data = Frame.data(context, services, title: "会议", active: "meetings")
        data["tab_meetings"] = true
        data["meetings"] = meetings.map { m -> [String: Any] in
            let mine = actions.filter { $0.source == .meeting(m.id ?? 0) }
            return ["id": m.id ?? 0, "title": m.title, "kind": m.kind.chineseName, "day": m.day.description, "start": m.startText,
                    "place": m.place, "chair": m.chair, "decisions": mine.count, "open": mine.filter { $0.state != .closed }.count]
        }
        let canRun = Access.allows(account, .runMeetings)
        data["canRun"] = canRun
        if canRun {
            let kind = typed?["kind"].flatMap(Meeting.Kind.init(rawValue:)) ?? .quarterlyDispatch
            data["kinds"] = Meeting.Kind.allCases.map { ["value": $0.rawValue, "name": $0.chineseName, "selected": $0 == kind] }
            data["typedTitle"] = typed?["title"] ?? ""
            data["typedDay"] = typed?["day"] ?? services.today().adding(days: 7).description
            data["typedStart"] = typed?["start"] ?? "09:30"
            data["typedDuration"] = typed?["duration"] ?? "120"
            data["typedPlace"] = typed?["place"] ?? "局三楼会议室"
            data["typedChair"] = typed?["chair"] ?? current.plan.people.first?.name ?? ""
            data["typedAttendees"] = typed?["attendees"] ?? current.plan.reportingUnits.joined(separator: "\n")
            if let agenda = typed?["agenda"] { data["typedAgenda"] = agenda } else {
                data["typedAgenda"] = try await proposedAgenda(current).joined(separator: "\n")
            }
        }
        data["problems"] = problems
        return services.pages.page("meetings", data, status: status)
    }

    /// A meeting from the form: the fields checked together, each mistake named.
    func meeting(from form: FormInput, planID: Int, base: Meeting?, account: Account, planYear: Int?) -> (Meeting?, [String]) {
        var problems: [String] = []
        let day = Day(iso: (form["day"] ?? "").trimmingCharacters(in: .whitespaces))
        if day == nil { problems.append("会议日期“\(form["day"] ?? "")”不是有效日期，请写成 2019-10-15。") }
        let start = Meeting.minute(of: form["start"] ?? "")
        if start == nil { problems.append("开始时间“\(form["start"] ?? "")”应写成 09:30。") }
        let duration = Int((form["duration"] ?? "").trimmingCharacters(in: .whitespaces))
        if duration == nil { problems.append("会议时长应为分钟数，现为“\(form["duration"] ?? "")”。") }
        guard let day, let start, let duration else { return (nil, problems) }
        var meeting = base ?? Meeting(planID: planID, kind: .quarterlyDispatch, title: "", day: day, place: "", chair: "", createdBy: account.login)
        meeting.kind = form["kind"].flatMap(Meeting.Kind.init(rawValue:)) ?? meeting.kind
        meeting.title = (form["title"] ?? "").trimmingCharacters(in: .whitespaces)
        (meeting.day, meeting.startMinute, meeting.durationMinutes) = (day, start, duration)
        meeting.place = (form["place"] ?? "").trimmingCharacters(in: .whitespaces)
        meeting.chair = (form["chair"] ?? "").trimmingCharacters(in: .whitespaces)
        meeting.attendees = Self.lines(form["attendees"])
        meeting.agenda = Self.lines(form["agenda"])
        if let minutes = form["minutes"] { meeting.minutes = minutes.replacingOccurrences(of: "\r\n", with: "\n") }
        problems += meeting.problems(planYear: planYear).map(\.message)
        return (problems.isEmpty ? meeting : nil, problems)
    }

    /// The plan's reporting units on the attendee list: a line that is the unit's name, or starts with it
    /// and then a space or a bracket ("养老服务处 李强", "养老服务处（2人）").
    static func invited(_ meeting: Meeting, plan: Plan) -> [String] {
        plan.reportingUnits.filter { unit in
            meeting.attendees.contains { line in
                line == unit || [" ", "（", "(", "：", ":"].contains { line.hasPrefix(unit + $0) }
            }
        }
    }

    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.runMeetings)
        let form = try await FormInput.read(request, context: context, fieldLimit: 64 * 1024)
        let current = try await services.currentPlan()
        let (meeting, problems) = meeting(from: form, planID: current.id, base: nil, account: account, planYear: current.plan.year)
        guard let meeting else { return try await list(context, typed: form, problems: problems, status: .unprocessableContent) }
        let saved = try await services.store.saveMeeting(meeting, expectedVersion: 0, notify: Self.invited(meeting, plan: current.plan),
                                                         by: account.login, at: services.now())
        return .redirect(to: "/meetings/\(saved.id ?? 0)")
    }

    private func load(_ context: AppContext) async throws -> (PlanCache.Current, Meeting) {
        let current = try await services.currentPlan()
        let id = try context.parameters.require("id", as: Int64.self)
        guard let meeting = try await services.store.meeting(id: id), meeting.planID == current.id else {
            throw Refusal.notFound("该会议", "meeting")
        }
        return (current, meeting)
    }

    /// `typed` is a refused decision's form, `edited` a refused change of the minutes: what was typed comes back.
    private func page(_ context: AppContext, typed: FormInput? = nil, edited: FormInput? = nil, problems: [String] = [],
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let account = try context.require(.readPlan)
        let (current, meeting) = try await load(context)
        let actions = try await services.store.actions(planID: current.id, source: .meeting(meeting.id ?? 0))
        var data = Frame.data(context, services, title: meeting.title, active: "meetings")
        data["tab_meetings"] = true
        data["m"] = ["id": meeting.id ?? 0, "title": meeting.title, "kind": meeting.kind.chineseName, "kindKey": meeting.kind.rawValue,
                     "day": meeting.day.description, "start": meeting.startText, "duration": meeting.durationMinutes,
                     "place": meeting.place, "chair": meeting.chair, "attendees": meeting.attendees, "agenda": meeting.agenda,
                     "minutes": edited?["minutes"] ?? meeting.minutes, "version": meeting.version,
                     "attendeesText": edited?["attendees"] ?? meeting.attendees.joined(separator: "\n"),
                     "agendaText": edited?["agenda"] ?? meeting.agenda.joined(separator: "\n")]
        data["actions"] = ActionView.rows(actions, account: account, today: services.today())
        data["canRun"] = Access.allows(account, .runMeetings)
        data["kinds"] = Meeting.Kind.allCases.map { ["value": $0.rawValue, "name": $0.chineseName, "selected": $0 == meeting.kind] }
        data["units"] = current.plan.reportingUnits.map { ["name": $0, "selected": $0 == typed?["unit"]] }
        data["typedDecision"] = typed?["title"] ?? ""
        data["typedDue"] = typed?["due"] ?? services.today().adding(days: 30).description
        data["problems"] = problems
        return services.pages.page("meeting", data, status: status)
    }

    private func update(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.runMeetings)
        let (current, stored) = try await load(context)
        let form = try await FormInput.read(request, context: context, fieldLimit: 64 * 1024)
        let version = try form.version()
        let (meeting, problems) = meeting(from: form, planID: current.id, base: stored, account: account, planYear: current.plan.year)
        guard let meeting else { return try await page(context, edited: form, problems: problems, status: .unprocessableContent) }
        // Told again only when the day, the time or the place changed.
        let moved = meeting.day != stored.day || meeting.startMinute != stored.startMinute || meeting.place != stored.place
        try await services.store.saveMeeting(meeting, expectedVersion: version, notify: moved ? Self.invited(meeting, plan: current.plan) : [],
                                             by: account.login, at: services.now())
        return .redirect(to: "/meetings/\(stored.id ?? 0)")
    }

    /// A decision of the meeting: an action for a unit with a deadline, the unit told.
    private func decide(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.runMeetings)
        let (current, meeting) = try await load(context)
        let form = try await FormInput.read(request, context: context, fieldLimit: 16 * 1024)
        guard let due = Day(iso: (form["due"] ?? "").trimmingCharacters(in: .whitespaces)) else {
            return try await page(context, typed: form, problems: ["完成期限“\(form["due"] ?? "")”不是有效日期，请写成 2019-11-30。"],
                                  status: .unprocessableContent)
        }
        let action = TrackedAction(planID: current.id, source: .meeting(meeting.id ?? 0),
                                   title: (form["title"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
                                   unit: form["unit"] ?? "", due: due, createdBy: account.login)
        let problems = action.problems(units: current.plan.reportingUnits, today: services.today())
        guard problems.isEmpty else { return try await page(context, typed: form, problems: problems.map(\.message), status: .unprocessableContent) }
        try await services.store.assignAction(action, origin: "\(meeting.day.chineseName)\(meeting.title)", at: services.now())
        return .redirect(to: "/meetings/\(meeting.id ?? 0)#decisions")
    }

    private func calendar(_ context: AppContext) async throws -> Response {
        _ = try context.require(.readPlan)
        let (_, meeting) = try await load(context)
        let url = services.settings.messaging.publicURL.trimmingCharacters(in: CharacterSet(charactersIn: "/")) + "/meetings/\(meeting.id ?? 0)"
        return Download.response(Data(MeetingCalendar.ics(meeting, url: url, stamp: services.now()).utf8),
                                 mediaType: "text/calendar; charset=utf-8", fileName: "\(meeting.title).ics")
    }
}
