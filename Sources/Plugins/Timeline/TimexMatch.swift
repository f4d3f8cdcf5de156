/// TIMEX3 types.
enum TimexType: String, Sendable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// One time expression found in a sentence: its tokens, TIMEX3 type, value and modifier,
/// and the day it names when it names one (for `the following day` and the timeline).
struct TimexMatch: Sendable, Equatable {
    /// Token indices, `first ..< end`.
    var first: Int
    var end: Int
    var type: TimexType
    var value: String
    var mod: String?
    var day: CalendarDay?
    /// The date is written out (`Jan. 25, 2013`, `15/11/2011`), not worked out (`yesterday`).
    var explicit = false
    /// The expression names a quarter (`the third quarter`): later `a year ago` and `the
    /// quarter` refer to it.
    var namesQuarter = false

    init(_ first: Int, _ end: Int, _ type: TimexType, _ value: String, mod: String? = nil, day: CalendarDay? = nil) {
        self.first = first
        self.end = end
        self.type = type
        self.value = value
        self.mod = mod
        self.day = day
    }
}

/// A date form that was recognised but names no day we can trust: `31 Feb. 2011`, or
/// `03/04/2011` when the day/month order is not set. Reported, never turned into a date.
struct TimexProblem: Sendable, Equatable {
    var first: Int
    var end: Int
    var message: String
}

/// Which way numeric dates (`03/04/2011`) are read: the `date-order` setting.
enum DateOrder: String, Sendable, CaseIterable {
    /// Only dates whose order shows (`15/11/2011`); `03/04/2011` is reported as ambiguous.
    case auto
    case dmy
    case mdy
}

/// The date a document's relative expressions are resolved against: its publication date,
/// possibly known only to the month or year.
struct ReferenceDate: Sendable, Equatable {
    var year: Int?
    var month: Int?
    var day: Int?

    init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// From an ISO date (`2011-11-15`, `2011-11`, `2011`); empty for nil or anything else.
    init(iso: String?) {
        self.init()
        guard let iso else { return }
        let parts = iso.prefix(10).split(separator: "-").map { Int($0) }
        guard let y = parts.first ?? nil, iso.count >= 4 else { return }
        year = y
        if parts.count > 1, let m = parts[1], (1...12).contains(m) {
            month = m
            if parts.count > 2, let d = parts[2], CalendarDay.isValid(y, m, d) { day = d }
        }
    }

    var full: CalendarDay? {
        guard let year, let month, let day else { return nil }
        return CalendarDay(year, month, day)
    }
}

/// Tense of the clause around an expression, for choosing between the last and the next
/// Tuesday (or March).
enum Tense: Sendable {
    case past, present, future
}
