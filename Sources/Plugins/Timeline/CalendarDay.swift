/// A day of the proleptic Gregorian calendar, with the arithmetic time expressions need:
/// adding days and months, weekdays, ISO weeks, quarters. No Foundation `Calendar`: it is
/// slow to build per call and would bring in the machine's time zone, which must never leak
/// into a resolved date.
struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    let year: Int
    let month: Int
    let day: Int

    init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// A day from its number of days since 1970-01-01.
    init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Whether year, month and day name a real day (not 31 Feb.).
    static func isValid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year)
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    var weekday: Int {
        let w = (dayNumber + 3) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// The same day `n` months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb).
    func adding(months n: Int) -> CalendarDay {
        let total = year * 12 + (month - 1) + n
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CalendarDay(y, m, min(day, CalendarDay.daysIn(m, y)))
    }

    var quarter: Int { (month - 1) / 3 + 1 }

    /// The ISO 8601 week: its year (which may differ near New Year) and number.
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let first = CalendarDay(thursday.year, 1, 1)
        return (thursday.year, (thursday.dayNumber - first.dayNumber) / 7 + 1)
    }

    /// The Monday of ISO week `week` of `year`.
    static func monday(ofWeek week: Int, in year: Int) -> CalendarDay {
        let jan4 = CalendarDay(year, 1, 4)
        return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
    }

    var iso: String { TimexFormat.date(year, month, day) }
    var description: String { iso }

    static func < (a: CalendarDay, b: CalendarDay) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}

/// TIMEX3 value spelling: zero-padded years, months, days, weeks.
enum TimexFormat {
    static func year(_ y: Int) -> String {
        if y >= 1000 && y <= 9999 { return String(y) }
        let s = String(abs(y))
        return (y < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    static func month(_ y: Int, _ m: Int) -> String { year(y) + "-" + two(m) }

    static func date(_ y: Int, _ m: Int, _ d: Int) -> String { year(y) + "-" + two(m) + "-" + two(d) }

    static func week(_ y: Int, _ w: Int) -> String { year(y) + "-W" + two(w) }
}
