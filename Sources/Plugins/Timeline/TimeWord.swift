/// What a word means to the time-expression matcher: its kind and a small value (the
/// month's number, the unit, the number a word spells). One entry per normalised form.
struct TimeWord: Sendable, Equatable {
    enum Kind: UInt8, Sendable {
        case none
        /// `January`, `Jan.`, `Sept.`: value 1…12.
        case month
        /// `Monday`, `Tues.`: value 1 (Monday) … 7 (Sunday).
        case weekday
        /// `day`, `weeks`: value a `TimeUnit` raw value, +100 when plural.
        case unit
        /// `one` … `nineteen`, `a`/`an` (1): value the number.
        case numberWord
        /// `twenty` … `ninety`: value the number.
        case tens
        /// `first` … `twelfth`: value the number.
        case ordinal
        /// `yesterday` (-1), `today` (0), `tomorrow` (1), `tonight` (10).
        case dayWord
        /// `morning` … `midnight`: value a `PartOfDay` raw value.
        case partOfDay
        /// `spring` (1), `summer` (2), `autumn`/`fall` (3), `winter` (4).
        case season
        /// Words the patterns test one by one: value a `Cue` raw value.
        case cue
        /// `annually`, `daily` …: value a `TimeUnit` raw value.
        case setAdverb
        /// `a.m.`/`am` (1), `p.m.`/`pm` (2).
        case meridiem
        /// A verb that shows tense: past (1: `said`, `killed`), future (2: `will`), present (3: `is`),
        /// a past intention (4: `planned`).
        case tense
        /// Words after a year that show it counts things (`2014 troops`, `2014 percent`).
        case countNoun
        /// Time zones after a clock time: `GMT`, `EST`, `local`.
        case zone
        /// Holidays with a fixed rule: value a `Holiday` raw value.
        case holiday
    }

    var kind: Kind
    var value: Int16

    static let none = TimeWord(kind: .none, value: 0)
}

/// Units of durations and offsets.
enum TimeUnit: Int16, Sendable {
    case second = 1, minute, hour, day, week, month, quarter, year, decade, century, weekend, fortnight

    /// The TIMEX3 duration letter and how many of it one unit is (`P1E` for a decade).
    var durationCode: (letter: String, count: Int, time: Bool) {
        switch self {
        case .second: return ("S", 1, true)
        case .minute: return ("M", 1, true)
        case .hour: return ("H", 1, true)
        case .day: return ("D", 1, false)
        case .week: return ("W", 1, false)
        case .fortnight: return ("W", 2, false)
        case .month: return ("M", 1, false)
        case .quarter: return ("Q", 1, false)
        case .year: return ("Y", 1, false)
        case .decade: return ("E", 1, false)
        case .century: return ("C", 1, false)
        case .weekend: return ("D", 2, false)
        }
    }
}

/// Parts of the day as TIMEX3 writes them after a date (`2011-11-15TMO`).
enum PartOfDay: Int16, Sendable {
    case morning = 1, afternoon, evening, night, noon, midnight, overnight

    var suffix: String {
        switch self {
        case .morning: return "TMO"
        case .afternoon: return "TAF"
        case .evening: return "TEV"
        case .night, .overnight: return "TNI"
        case .noon: return "T12:00"
        case .midnight: return "T24:00"
        }
    }
}

/// Holidays news dates events by (US ones where the day depends on the country).
enum Holiday: Int16, Sendable {
    case christmas = 1, thanksgiving, halloween, election, independence, labor, memorial

    /// Whether the name needs `Day` after it (`Labor Day`; `Christmas` alone is enough).
    var needsDay: Bool { rawValue >= Holiday.election.rawValue }

    /// Its month and an approximate day, for choosing the year.
    var month: Int { [12, 11, 10, 11, 7, 9, 5][Int(rawValue) - 1] }

    /// The holiday's date in `year`.
    func day(in year: Int) -> CalendarDay {
        switch self {
        case .christmas: return CalendarDay(year, 12, 25)
        case .halloween: return CalendarDay(year, 10, 31)
        case .independence: return CalendarDay(year, 7, 4)
        case .thanksgiving:
            let first = CalendarDay(year, 11, 1)
            return first.adding(days: (4 - first.weekday + 7) % 7 + 21)
        case .election:
            let first = CalendarDay(year, 11, 1)
            return first.adding(days: (1 - first.weekday + 7) % 7 + 1)
        case .labor:
            let first = CalendarDay(year, 9, 1)
            return first.adding(days: (1 - first.weekday + 7) % 7)
        case .memorial:
            let last = CalendarDay(year, 5, 31)
            return last.adding(days: -((last.weekday - 1 + 7) % 7))
        }
    }
}

/// Single words that patterns look for.
enum Cue: Int16, Sendable {
    case the = 1, this, last, next, past, coming, previous, following, ago, earlier, later, before, after
    case early, late, mid, middle, end, beginning, start, of, and, or, so, than, more, less, least, at
    case over, under, about, around, nearly, almost, approximately, roughly, some, up, to, within, beyond
    case every, each, per, fiscal, several, few, couple, many, half, now, current, currently, recent, recently
    case lately, previously, formerly, soon, future, present, nowadays, these, same, that, from, hence
    case once, twice, times, old, thousand, hundred, right, near, upcoming, latest
    case prior, on, inWord, since, until, by, during, through, forWord, throughout, then, long, another, additional
    case period, account
}
