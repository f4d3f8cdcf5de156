/// The days a TIMEX3 value covers, first and last inclusive: what the timeline sorts and
/// buckets by. `2011-11` is 1–30 Nov. 2011, `2011-W46` its Monday to Sunday, `201` the
/// 2010s. Values with unknown parts (`XXXX-11`, `PAST_REF`) and durations have none.
struct DayInterval: Hashable, Sendable {
    let from: CalendarDay
    let to: CalendarDay

    /// The interval of a DATE or TIME value, or nil when it names no definite stretch of days.
    init?(value: String) {
        let parts = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        guard let datePart = parts.first, !datePart.isEmpty else { return nil }
        let fields = datePart.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = fields.first, first.allSatisfy(\.isNumber), let number = Int(first) else { return nil }
        if fields.count == 1 {
            switch first.count {
            case 4: self.init(CalendarDay(number, 1, 1), CalendarDay(number, 12, 31))
            case 3: self.init(CalendarDay(number * 10, 1, 1), CalendarDay(number * 10 + 9, 12, 31))
            case 2: self.init(CalendarDay(number * 100, 1, 1), CalendarDay(number * 100 + 99, 12, 31))
            default: return nil
            }
            return
        }
        guard first.count == 4 else { return nil }
        let year = number
        let second = fields[1]
        if let month = Int(second), second.count == 2, (1...12).contains(month) {
            if fields.count == 2 {
                self.init(CalendarDay(year, month, 1), CalendarDay(year, month, CalendarDay.daysIn(month, year)))
                return
            }
            guard fields.count == 3, let day = Int(fields[2]), CalendarDay.isValid(year, month, day) else { return nil }
            self.init(CalendarDay(year, month, day), CalendarDay(year, month, day))
            return
        }
        if second.hasPrefix("W"), let week = Int(second.dropFirst()), (1...53).contains(week) {
            let monday = CalendarDay.monday(ofWeek: week, in: year)
            if fields.count == 3, fields[2] == "WE" {
                self.init(monday.adding(days: 5), monday.adding(days: 6))
            } else if fields.count == 3, let day = Int(fields[2]), (1...7).contains(day) {
                self.init(monday.adding(days: day - 1), monday.adding(days: day - 1))
            } else {
                self.init(monday, monday.adding(days: 6))
            }
            return
        }
        if second.hasPrefix("Q"), let q = Int(second.dropFirst()), (1...4).contains(q) {
            let m = (q - 1) * 3 + 1
            self.init(CalendarDay(year, m, 1), CalendarDay(year, m + 2, CalendarDay.daysIn(m + 2, year)))
            return
        }
        if second.hasPrefix("H"), let h = Int(second.dropFirst()), (1...2).contains(h) {
            self.init(CalendarDay(year, h == 1 ? 1 : 7, 1), CalendarDay(year, h == 1 ? 6 : 12, h == 1 ? 30 : 31))
            return
        }
        // Seasons, northern hemisphere, by meteorological months.
        switch second {
        case "SP": self.init(CalendarDay(year, 3, 1), CalendarDay(year, 5, 31))
        case "SU": self.init(CalendarDay(year, 6, 1), CalendarDay(year, 8, 31))
        case "FA": self.init(CalendarDay(year, 9, 1), CalendarDay(year, 11, 30))
        case "WI": self.init(CalendarDay(year, 12, 1), CalendarDay(year + 1, 2, CalendarDay.daysIn(2, year + 1)))
        default: return nil
        }
    }

    init(_ from: CalendarDay, _ to: CalendarDay) {
        self.from = from
        self.to = to
    }
}
