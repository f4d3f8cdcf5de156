/// Days named relative to the document's date or to the last day mentioned: `yesterday`,
/// `Tuesday`, `last week`, `this morning`, `the following day`, and clock times.
extension TimexScanner {
    /// `yesterday`, `today`, `tomorrow`, `tonight`, with a part of the day after.
    mutating func dayWord(_ j: Int) -> TimexMatch? {
        let v = Int(word(j).value)
        let offset = v == 10 ? 0 : v
        guard let d = reference.full?.adding(days: offset) else { return TimexMatch(j, j + 1, .date, "XXXX-XX-XX") }
        if v != 10, let part = partAfter(j + 1) { return TimexMatch(j, j + 2, .time, d.iso + part.suffix, day: d) }
        return TimexMatch(j, j + 1, .date, d.iso, day: d)
    }

    /// The part of the day at `i` (`morning` in `Friday morning`).
    func partAfter(_ i: Int) -> PartOfDay? {
        let w = word(i)
        guard w.kind == .partOfDay, let part = PartOfDay(rawValue: w.value), part != .noon, part != .midnight,
              part != .overnight else { return nil }
        return part
    }

    /// A weekday, or a weekday before a date (`Thursday, April 6`), or with a part of the day.
    mutating func weekdayDate(_ j: Int) -> TimexMatch? {
        guard capitalized(j) else { return nil }
        var k = j + 1
        if isMark(k, marks.comma) { k += 1 }
        if word(k).kind == .month, var m = monthFirst(k), m.day != nil || m.value.count == 10 {
            m.first = j
            return m
        }
        if let n = number(k), var m = dayFirst(k, n) {
            m.first = j
            return m
        }
        return weekday(Int(word(j).value), at: j, start: j, shift: 0)
    }

    /// The day a weekday names, with `shift` as in `day(weekday:near:shift:)`.
    func weekday(_ wd: Int, at j: Int, start: Int, shift: Int) -> TimexMatch? {
        guard let d = day(weekday: wd, near: j, shift: shift) else {
            return TimexMatch(start, j + 1, .date, "XXXX-WXX-\(wd)")
        }
        if let part = partAfter(j + 1) { return TimexMatch(start, j + 2, .time, d.iso + part.suffix, day: d) }
        return TimexMatch(start, j + 1, .date, d.iso, day: d)
    }

    /// `this week`, `last year`, `next month`, `last Tuesday`, `last November`, `this
    /// morning`, `last night`, `the following day`, `that day`, `the same day`.
    mutating func shifted(_ c: Cue, _ j: Int, afterThe: Bool) -> TimexMatch? {
        var k = j + 1
        if c == .that && isCue(k, .same) { k += 1 }
        let n: Int
        var anaphoric = false
        switch c {
        case .this, .current: n = 0
        case .that, .same:
            guard c == .that || afterThe else { return nil }
            n = 0
            anaphoric = true
        case .last, .past, .latest: n = -1
        case .previous, .prior:
            n = -1
            anaphoric = afterThe
        case .next, .following:
            n = 1
            anaphoric = afterThe
        case .coming, .upcoming: n = 1
        default: return nil
        }
        let start = afterThe ? j - 1 : j
        if isCue(k, .fiscal) && word(k + 1).kind == .unit { k += 1 }
        let w = word(k)
        switch w.kind {
        case .unit:
            guard let u = unit(k), !u.plural, u.unit.rawValue >= TimeUnit.day.rawValue else { return nil }
            if u.unit == .year {
                return yearShifted(n, start: start, unitAt: k, anaphoric: anaphoric)
            }
            if isCue(k + 1, .old) || (joiningHyphen(k + 1) && isCue(k + 2, .old)) { return nil }
            if u.unit == .day && n == 0 && !anaphoric { return nil }
            if u.unit == .day && !anaphoric && c != .next && c != .previous { return nil }
            if afterThe && c == .past { return TimexMatch(start, k + 1, .duration, TimexScanner.duration(1, u.unit)) }
            if u.unit == .day || c == .next || c == .following || c == .previous {
                anaphoric = anaphoric || (u.unit == .day)
            }
            var from = base(anaphoric: anaphoric)
            // `In March … The following month`: from the last month named, even without a day.
            if anaphoric, u.unit == .month, let m = monthAnchor { from = ReferenceDate(year: m.year, month: m.month, day: 15) }
            guard let shifted = shift(u.unit, n, from: from) else {
                return TimexMatch(start, k + 1, .date, TimexScanner.unknown(u.unit))
            }
            return TimexMatch(start, k + 1, .date, shifted.value, day: shifted.day)
        case .weekday:
            guard capitalized(k) else { return nil }
            if anaphoric, let a = anchor {
                let delta = Int(w.value) - a.weekday
                let d = a.adding(days: n < 0 ? (delta < 0 ? delta : delta - 7) : (delta > 0 ? delta : delta + 7))
                return TimexMatch(start, k + 1, .date, d.iso, day: d)
            }
            return weekday(Int(w.value), at: k, start: start, shift: n)
        case .month:
            guard capitalized(k), w.value <= 40 else { return nil }
            let month = (Int(w.value) - 1) % 20 + 1
            guard let ry = reference.year else { return TimexMatch(start, k + 1, .date, "XXXX-" + TimexFormat.two(month)) }
            let rm = reference.month ?? 12
            // `last Oct. 23`, `next March 5`: the day, before or after the reference.
            if n != 0, let d = number(k + 1)?.integer, number(k + 1)?.digits ?? 3 <= 2, (1...31).contains(d),
               let rd = reference.day {
                let before = month < rm || (month == rm && d < rd)
                let y = n < 0 ? (before ? ry : ry - 1) : (before ? ry + 1 : ry)
                return makeDay(start, k + 2, year: y, month: month, day: d)
            }
            var y = ry
            if n < 0 { y = month < rm ? ry : ry - 1 }
            if n > 0 { y = month > rm ? ry : ry + 1 }
            return TimexMatch(start, k + 1, .date, TimexFormat.month(y, month))
        case .cue where c == .latest && isCue(k, .period):
            // In a quarterly report `the latest period` is the quarter being reported.
            guard let q = quarterContext else { return nil }
            return TimexMatch(start, k + 1, .date, TimexFormat.year(q.year) + "-Q\(q.quarter)")
        case .season:
            return season(k, shift: n, start: start, afterThe: afterThe)
        case .holiday:
            return c == .this || c == .last || c == .next ? holiday(k, shift: n, start: start) : nil
        case .partOfDay:
            guard let part = PartOfDay(rawValue: w.value), part != .noon, part != .midnight, part != .overnight else { return nil }
            let offset: Int
            switch c {
            case .this: offset = 0
            case .last: offset = part == .night || part == .evening ? -1 : 0
            case .that, .same: offset = 0
            default: return nil
            }
            if c == .last && offset == 0 { return nil }
            let baseDay = anaphoric ? anchor : reference.full
            guard let d = baseDay?.adding(days: offset) else { return nil }
            return TimexMatch(start, k + 1, .time, d.iso + part.suffix, day: d)
        default:
            return nil
        }
    }

    /// `noon`, `midnight`, `the morning`.
    mutating func partOfDay(_ j: Int, afterThe: Bool) -> TimexMatch? {
        guard let part = PartOfDay(rawValue: word(j).value) else { return nil }
        switch part {
        case .noon, .midnight:
            if let (end, d) = dayAfter(j + 1) { return TimexMatch(j, end, .time, d.iso + part.suffix, day: d) }
            guard let d = anchor else { return TimexMatch(j, j + 1, .time, "XXXX-XX-XX" + part.suffix) }
            return TimexMatch(j, j + 1, .time, d.iso + part.suffix)
        case .morning, .afternoon, .evening, .night:
            guard afterThe, !isCue(j + 1, .of), let d = anchor else { return nil }
            return TimexMatch(j - 1, j + 1, .time, d.iso + part.suffix)
        case .overnight:
            // Said of an action (`detained … in Khost overnight`, `overnight, while …`): the
            // night before the report, as press releases use it. Before a noun (`an
            // overnight operation`) it only describes the operation.
            guard !afterThe, !beforeNoun(j + 1), let d = reference.full?.adding(days: -1) else { return nil }
            return TimexMatch(j, j + 1, .time, d.iso + part.suffix, day: d)
        }
    }

    /// Whether token `i` is a lowercase word that is not a function word: the noun an
    /// adjective before it describes.
    func beforeNoun(_ i: Int) -> Bool {
        guard inside(i), tokens.classes[i] == .word, !capitalized(i), word(i).kind == .none || word(i).kind == .countNoun
        else { return false }
        let form = layer.normalizedForms.utf8(tokens.normalized[i])
        return !TimexScanner.functionWords.contains(Array(form))
    }

    static let functionWords: Set<[UInt8]> = Set(["while", "and", "or", "but", "including", "as", "when", "with", "near",
                                                   "into", "against", "killing", "detaining", "where", "which", "who",
                                                   "that", "across", "along"].map { Array($0.utf8) })

    /// A day right after a clock time (`10 p.m. Wednesday`, `noon today`): its end and day.
    func dayAfter(_ i: Int) -> (Int, CalendarDay)? {
        let w = word(i)
        if w.kind == .weekday, capitalized(i), let d = day(weekday: Int(w.value), near: i) { return (i + 1, d) }
        if w.kind == .dayWord, let d = reference.full?.adding(days: w.value == 10 ? 0 : Int(w.value)) { return (i + 1, d) }
        return nil
    }

    /// Clock times: `12:03`, `10 p.m.`, `10pm`, `7:15 p.m. Thursday`, `0900 GMT`. A bare
    /// `12:03` only after `at`/`by`/`until`/… or a date, or before a time zone (else it may
    /// be a score).
    mutating func clockTime(_ j: Int, _ n: NumberForm, previous: TimexMatch?) -> TimexMatch? {
        var hour = n.hour, minute = n.minute
        var end = j + 1
        var explicit = n.meridiem != nil
        if n.meridiem == nil, word(end).kind == .meridiem {
            let h = hour ?? n.integer
            guard let h0 = h, (1...12).contains(h0) else { return nil }
            hour = word(end).value == 1 ? h0 % 12 : h0 % 12 + 12
            minute = minute ?? 0
            explicit = true
            end += 1
        }
        guard let h = hour, let m = minute else { return nil }
        if word(end).kind == .zone {
            explicit = true
            end += 1
            if let u = word(end).kind == .unit ? unit(end) : nil, u.unit == .hour { end += 1 }
        }
        let afterDate = previous.map { $0.end == j && $0.day != nil } ?? false
        if !explicit && !afterDate {
            guard let c = cue(j - 1), [.at, .by, .until, .around, .about, .from, .before, .after, .since].contains(c) else { return nil }
        }
        let clock = "T" + TimexFormat.two(h) + ":" + TimexFormat.two(m)
        if let (dayEnd, d) = dayAfter(end) { return TimexMatch(j, dayEnd, .time, d.iso + clock, day: d) }
        let d = afterDate ? previous?.day : (anchor ?? reference.full)
        return TimexMatch(j, end, .time, (d?.iso ?? "XXXX-XX-XX") + clock)
    }

    /// `this year`, `last year`, `that year`, `the following year`, and a quarter of it
    /// (`this year's third quarter`, `last year's quarter`).
    func yearShifted(_ n: Int, start: Int, unitAt k: Int, anaphoric: Bool) -> TimexMatch? {
        guard let base = anaphoric ? (yearAnchor ?? reference.year) : reference.year else {
            return TimexMatch(start, k + 1, .date, "XXXX")
        }
        let y = base + n
        if inside(k + 1), tokens.classes[k + 1] == .possessive {
            var q = k + 2
            if word(q).kind == .ordinal, word(q).value <= 4 {
                let quarter = Int(word(q).value)
                q += 1
                if joiningHyphen(q) { q += 1 }
                if let u = unit(q), u.unit == .quarter, !u.plural {
                    return TimexMatch(start, q + 1, .date, TimexFormat.year(y) + "-Q\(quarter)")
                }
            } else if let u = unit(q), u.unit == .quarter, !u.plural, let context = quarterContext {
                return TimexMatch(start, q + 1, .date, TimexFormat.year(y) + "-Q\(context.quarter)")
            }
        }
        return TimexMatch(start, k + 1, .date, TimexFormat.year(y))
    }

    /// `Thanksgiving`, `Christmas`, `Election Day`, `last Thanksgiving`: the day in the year
    /// chosen like a month's, or before/after the reference with `last`/`next`.
    func holiday(_ j: Int, shift: Int, start: Int) -> TimexMatch? {
        guard capitalized(j), let h = Holiday(rawValue: word(j).value) else { return nil }
        var end = j + 1
        if let u = unit(end), u.unit == .day, !u.plural, capitalized(end) {
            end += 1
        } else if h.needsDay {
            return nil
        }
        if let y = yearNumber(end) {
            let d = h.day(in: y)
            return TimexMatch(start, end + 1, .date, d.iso, day: d)
        }
        guard let ry = reference.year else { return TimexMatch(start, end, .date, "XXXX-XX-XX") }
        var d: CalendarDay
        if let ref = reference.full, shift != 0 {
            d = h.day(in: ry)
            if shift < 0 && d >= ref { d = h.day(in: ry - 1) }
            if shift > 0 && d <= ref { d = h.day(in: ry + 1) }
        } else {
            d = h.day(in: year(month: h.month, day: 15, near: j) ?? ry)
        }
        return TimexMatch(start, end, .date, d.iso, day: d)
    }
}
