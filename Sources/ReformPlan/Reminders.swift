/// A reminder the rules say is owed as of a day, with the key that makes it
/// once-only: the store keeps every key it has sent, so a second look on the
/// same day, or another instance looking at the same time, sends nothing new.
public struct Reminder: Hashable, Sendable {
    public var key: String
    public var message: Message

    public init(key: String, message: Message) {
        self.key = key
        self.message = message
    }
}

/// The automatic rung of the ladder (提醒): what is owed as of `today`. Pure
/// functions of the data and the day, so the same day always gives the same reminders.
public enum Reminders {
    /// For this month and the month before: a unit that has not sent the
    /// month's report hears `leadDays` days before the due day and on it
    /// (once), and once more when the due day has passed. Months outside the
    /// plan year are never reminded of.
    public static func reports(units: [String], reports: [ProgressReport], today: Day, planYear: Int,
                               thresholds: StatusThresholds = StatusThresholds(), leadDays: Int = 3) -> [Reminder] {
        let current = ReportMonth(today)
        var reminders: [Reminder] = []
        for month in [current.previous, current] where month.year == planYear {
            let due = month.dueDate(dayOfMonth: thresholds.reportDueDay)
            let owing = MonthlyReporting.missingReports(units: units, reports: reports, month: month)
            for unit in owing {
                if today > due {
                    reminders.append(Reminder(key: "report-overdue:\(unit):\(month)",
                                              message: Messages.reportOverdue(unit: unit, month: month, due: due, today: today)))
                } else if today.days(to: due) <= leadDays {
                    reminders.append(Reminder(key: "report-due:\(unit):\(month)",
                                              message: Messages.reportDueSoon(unit: unit, month: month, due: due, today: today)))
                }
            }
        }
        return reminders
    }

    /// Each notice still owing a reply after its deadline, once.
    public static func noticeReplies(_ notices: [SupervisionNotice], today: Day) -> [Reminder] {
        notices.filter { $0.state.awaitsReply && today > $0.replyDue }.map { notice in
            Reminder(key: "notice-overdue:\(notice.id ?? 0)", message: Messages.noticeReplyOverdue(notice, today: today))
        }
    }
}
