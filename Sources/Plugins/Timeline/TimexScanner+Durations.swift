/// Durations (`two days`, `the past several years`, `five-year`), offsets from them (`two
/// weeks ago`, `a year earlier`), sets (`annually`, `every week`) and vague references
/// (`now`, `recently`, `the future`).
extension TimexScanner {
    /// An amount at `i`: its value (nil for `several`), how many tokens it takes, and
    /// whether it is approximate (`a couple of`).
    func quantity(_ i: Int) -> (count: Int?, length: Int, approx: Bool)? {
        if let n = number(i) {
            guard let v = n.integer, n.digits <= 3 || (n.digits == 4 && (v < 1900 || v > 2100)) else { return nil }
            return (v, 1, false)
        }
        let w = word(i)
        switch w.kind {
        case .numberWord:
            if w.value == 1, isCue(i + 1, .couple), isCue(i + 2, .of) { return (2, 3, true) }
            if w.value == 1, isCue(i + 1, .few) { return (nil, 2, false) }
            return (Int(w.value), 1, false)
        case .tens:
            var length = 1
            var v = Int(w.value)
            let k = joiningHyphen(i + 1) ? i + 2 : i + 1
            if word(k).kind == .numberWord, word(k).value < 10, !(word(k).value == 1 && !joiningHyphen(i + 1)) {
                v += Int(word(k).value)
                length = k - i + 1
            }
            return (v, length, false)
        case .cue:
            switch Cue(rawValue: w.value) {
            case .couple?: return isCue(i + 1, .of) ? (2, 2, true) : nil
            case .several?, .few?, .many?: return (nil, 1, false)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// `two days`, `the past several years`, `the next few days`, `five-year`, `recent
    /// weeks`, and with `ago`/`earlier`/`later` the day or period they point to.
    mutating func duration(_ j: Int, start: Int, afterThe: Bool) -> TimexMatch? {
        var k = j
        var lead: Cue?
        if let c = cue(k), [.past, .last, .next, .coming, .recent, .following, .previous, .latest].contains(c) {
            lead = c
            k += 1
        } else if word(k).kind == .ordinal, word(k).value == 1, quantity(k + 1) != nil {
            k += 1
            lead = .previous
        }
        var count: Int?
        var approx = false
        var hasQuantity = false
        if let q = quantity(k) {
            count = q.count
            approx = q.approx
            k += q.length
            hasQuantity = true
        }
        if isCue(k, .more) || isCue(k, .additional) || isCue(k, .another) { k += 1 }
        var hyphenated = false
        if hasQuantity, joiningHyphen(k) {
            hyphenated = true
            k += 1
        }
        guard let u = unit(k), !(hyphenated && u.plural) else { return nil }
        // `60 Minutes`, a title; `Election Day` is a holiday, not a duration.
        if capitalized(k) && hasQuantity && k > j && !tokens.flags[j].contains(.lineStart) && capitalized(j) == false { return nil }
        if !hasQuantity && (lead == nil || !u.plural) { return nil }
        // Ages: `a 40-year-old`, `40 years old`.
        if isCue(k + 1, .old) || (joiningHyphen(k + 1) && isCue(k + 2, .old)) { return nil }
        var end = k + 1
        if joiningHyphen(end) && isCue(end + 1, .long) { end += 2 }
        let first = afterThe ? start - 1 : start
        // Sets: `once a year`, `twice a day`, `three times a week`.
        if count == 1, !u.plural, word(j).kind == .numberWord, j == k - 1,
           let before = cue(j - 1), before == .once || before == .twice || before == .times {
            return TimexMatch(j, end, .set, TimexScanner.duration(1, u.unit))
        }
        if isCue(end, .ago) {
            guard let n = count else { return TimexMatch(first, end + 1, .date, "PAST_REF") }
            if u.unit == .year, let q = quarterContext {
                return TimexMatch(first, end + 1, .date, TimexFormat.year(q.year - n) + "-Q\(q.quarter)")
            }
            if u.unit.durationCode.time { return TimexMatch(first, end + 1, .duration, TimexScanner.duration(n, u.unit)) }
            guard let s = shift(u.unit == .fortnight ? .week : u.unit, -n * (u.unit == .fortnight ? 2 : 1), from: reference) else {
                return TimexMatch(first, end + 1, .date, TimexScanner.unknown(u.unit))
            }
            return TimexMatch(first, end + 1, .date, s.value, mod: approx ? "APPROX" : nil, day: s.day)
        }
        if (isCue(end, .earlier) || isCue(end, .later)) && lead == nil, let n = count {
            let sign = isCue(end, .earlier) ? -1 : 1
            if u.unit.durationCode.time { return TimexMatch(first, end + 1, .duration, TimexScanner.duration(n, u.unit)) }
            if u.unit == .year, let q = quarterContext {
                return TimexMatch(first, end + 1, .date, TimexFormat.year(q.year + sign * n) + "-Q\(q.quarter)")
            }
            guard let s = shift(u.unit, sign * n, from: base(anaphoric: true)) else {
                return TimexMatch(first, end + 1, .date, TimexScanner.unknown(u.unit))
            }
            return TimexMatch(first, end + 1, .date, s.value, day: s.day)
        }
        if lead == .recent && u.unit == .year && count == nil { return TimexMatch(first, end, .date, "PAST_REF") }
        return TimexMatch(first, end, .duration, TimexScanner.duration(count, u.unit), mod: approx ? "APPROX" : nil)
    }

    /// A unit on its own: `years` (after `for`, `in` …), `the year`, `the quarter`, `the
    /// weekend`, `year-earlier`.
    mutating func bareUnit(_ j: Int, afterThe: Bool) -> TimexMatch? {
        guard let u = unit(j) else { return nil }
        if isCue(j + 1, .old) || (joiningHyphen(j + 1) && isCue(j + 2, .old)) { return nil }
        if u.unit == .year && !u.plural && joiningHyphen(j + 1) && (isCue(j + 2, .earlier) || isCue(j + 2, .ago)) {
            var end = j + 3
            if unit(end).map({ $0.unit == .quarter }) == true || isCue(end, .period) { end += 1 }
            let first = afterThe ? j - 1 : j
            if let q = quarterContext { return TimexMatch(first, end, .date, TimexFormat.year(q.year - 1) + "-Q\(q.quarter)") }
            guard let y = reference.year else { return TimexMatch(first, end, .date, "XXXX") }
            return TimexMatch(first, end, .date, TimexFormat.year(y - 1))
        }
        if u.plural {
            if isCue(j + 1, .ago) { return TimexMatch(afterThe ? j - 1 : j, j + 2, .date, "PAST_REF") }
            guard afterThe || [.forWord, .inWord, .over, .within, .during, .after, .throughout].contains(cue(j - 1) ?? .the) && cue(j - 1) != nil
            else { return nil }
            if afterThe && isCue(j + 1, .of) { return nil }
            return TimexMatch(afterThe ? j - 1 : j, j + 1, .duration, TimexScanner.duration(nil, u.unit))
        }
        guard afterThe, !isCue(j + 1, .of), !isCue(j + 1, .before), !isCue(j + 1, .after), !isCue(j + 1, .earlier),
              !isMark(j + 1, marks.hyphen) else { return nil }
        switch u.unit {
        case .year:
            return theYear(first: j - 1, unit: j)
        case .month, .week, .decade:
            guard let s = shift(u.unit, 0, from: reference) else { return nil }
            return TimexMatch(j - 1, j + 1, .date, s.value)
        case .quarter:
            if let q = quarterContext { return TimexMatch(j - 1, j + 1, .date, TimexFormat.year(q.year) + "-Q\(q.quarter)") }
            guard let s = shift(.quarter, tense(near: j) == .past ? -1 : 0, from: reference) else { return nil }
            return TimexMatch(j - 1, j + 1, .date, s.value)
        case .weekend:
            guard let ref = reference.full else { return nil }
            let saturday = day(weekday: 6, near: j) ?? ref
            let w = saturday.isoWeek
            return TimexMatch(j - 1, j + 1, .date, TimexFormat.week(w.year, w.week) + "-WE")
        default:
            return nil
        }
    }

    /// `the year`, `the fiscal year` (tokens `first` to `unit`): a span of a year when it is
    /// measured (`the year ended March 31`, `throughout the year`), else the reference's year,
    /// as TimeBank has it (`lower earnings for the fiscal year`, `earlier in the year`).
    func theYear(first: Int, unit: Int) -> TimexMatch {
        // `the year 2000`, `the year two thousand`: that year.
        if let y = yearNumber(unit + 1) { return TimexMatch(first, unit + 2, .date, TimexFormat.year(y)) }
        if word(unit + 1).kind == .numberWord, isCue(unit + 2, .thousand) {
            var y = Int(word(unit + 1).value) * 1000, end = unit + 3
            // `two thousand one`, not the article of `two thousand a year`.
            if word(end).kind == .numberWord, !isMark(end, marks.a), !isMark(end, marks.an) {
                y += Int(word(end).value)
                end += 1
            }
            return TimexMatch(first, end, .date, TimexFormat.year(y))
        }
        let measured = isMark(unit + 1, marks.ended) || isMark(unit + 1, marks.ending)
            || [.throughout, .over, .within, .during].contains(cue(first - 1) ?? .the) && cue(first - 1) != nil
        guard !measured, let y = reference.year else { return TimexMatch(first, unit + 1, .duration, "P1Y") }
        return TimexMatch(first, unit + 1, .date, TimexFormat.year(y))
    }

    /// `every week`, `each year`, `every two years`, `every Thursday`, `each July`, `per year`.
    mutating func everyUnit(_ j: Int) -> TimexMatch? {
        var k = j + 1
        var count = 1
        if let q = quantity(k), let c = q.count {
            count = c
            k += q.length
        }
        if let u = unit(k), !u.plural || count > 1 { return TimexMatch(j, k + 1, .set, TimexScanner.duration(count, u.unit)) }
        if count == 1, word(k).kind == .weekday, capitalized(k) {
            if let part = partAfter(k + 1) { return TimexMatch(j, k + 2, .set, "XXXX-WXX-\(word(k).value)" + part.suffix) }
            return TimexMatch(j, k + 1, .set, "XXXX-WXX-\(word(k).value)")
        }
        if count == 1, word(k).kind == .month, capitalized(k) {
            return TimexMatch(j, k + 1, .set, "XXXX-" + TimexFormat.two((Int(word(k).value) - 1) % 20 + 1))
        }
        return nil
    }

    /// `annually`, `daily`, `weekly`.
    mutating func setAdverb(_ j: Int) -> TimexMatch? {
        guard let u = TimeUnit(rawValue: word(j).value) else { return nil }
        return TimexMatch(j, j + 1, .set, TimexScanner.duration(1, u))
    }

    /// `now`, `currently`, `recently`, `the past`, `the future`, `soon`, `these days`.
    mutating func vague(_ c: Cue, _ j: Int, afterThe: Bool) -> TimexMatch? {
        let first = afterThe ? j - 1 : j
        switch c {
        case .now, .currently, .nowadays:
            return TimexMatch(j, j + 1, .date, "PRESENT_REF")
        case .right where isCue(j + 1, .now):
            return TimexMatch(j, j + 2, .date, "PRESENT_REF")
        case .current:
            guard !afterThe, !isCue(j + 1, .account), word(j + 1).kind != .unit, !isCue(j + 1, .fiscal) else { return nil }
            return TimexMatch(j, j + 1, .date, "PRESENT_REF")
        case .present where isCue(j - 1, .at):
            return TimexMatch(j, j + 1, .date, "PRESENT_REF")
        case .these:
            guard let u = unit(j + 1), u.unit == .day, u.plural else { return nil }
            return TimexMatch(j, j + 2, .date, "PRESENT_REF")
        case .recently, .lately:
            return TimexMatch(j, j + 1, .date, "PAST_REF")
        case .soon:
            // `as soon as`, `soon after`, `too soon`: a relation, not a time; in a past
            // narrative (`was soon released`) soon after the story's time, not the document's.
            guard !afterThe, clauseTense(near: j) != .past, !isMark(j - 1, marks.as), !isMark(j - 1, marks.too), !isMark(j + 1, marks.as),
                  !isCue(j + 1, .after), !isCue(j + 1, .than) else { return nil }
            return TimexMatch(j, j + 1, .date, "FUTURE_REF")
        case .past:
            guard afterThe, word(j + 1).kind != .unit, !quantityStarts(j + 1) else { return nil }
            return TimexMatch(first, j + 1, .date, "PAST_REF")
        case .future where afterThe:
            return TimexMatch(first, j + 1, .date, "FUTURE_REF")
        case .near where afterThe && isCue(j + 1, .future):
            return TimexMatch(first, j + 2, .date, "FUTURE_REF")
        default:
            return nil
        }
    }
}
