/// Resolution against the document's date: which year a bare `March` is in, which Tuesday
/// `Tuesday` is, what `last week` is. Never the wall clock: without a reference the
/// unknown parts stay `X`.
extension TimexScanner {
    /// The tense of the clause around token `i`: past, else non-past (future) — what the
    /// choice of a weekday needs. Past when the sentence shows none, as in news reports.
    func tense(near i: Int) -> Tense {
        switch clauseTense(near: i) {
        case .past?, nil: return .past
        case .present?, .future?: return .future
        }
    }

    /// The nearest past or future marker in the sentence (before it first on a tie), else
    /// present when a present-tense verb is there, else nil.
    func clauseTense(near i: Int) -> Tense? {
        // `since Tuesday`, `Tuesday's decision`: past.
        if isCue(i - 1, .since) || (inside(i + 1) && tokens.classes[i + 1] == .possessive) { return .past }
        var distance = 1
        var present = false
        let limit = max(i - sentence.lowerBound, sentence.upperBound - i)
        while distance <= limit {
            for k in [i - distance, i + distance] {
                if let t = tenseWord(k), t != 1 || !(afterBe(k) || isCue(k + 1, .by)) {
                    if t == 4 { return k < i ? .future : .past }
                    if t == 3 { present = true } else { return t == 1 ? .past : .future }
                }
            }
            distance += 1
        }
        return present ? .present : nil
    }

    /// A participle after a form of `be` (`will be named`, `is expected`), or before `by`
    /// (`markets untouched by the crisis`): the auxiliary, not the `-ed`, carries the
    /// clause's tense.
    private func afterBe(_ k: Int) -> Bool {
        guard inside(k - 1) else { return false }
        let id = tokens.normalized[k - 1]
        return id == marks.be || id == marks.being || id == marks.isWord || id == marks.are
    }

    /// 1 past, 2 future, 3 present, 4 a past intention, nil no tense.
    private func tenseWord(_ i: Int) -> Int? {
        guard inside(i) else { return nil }
        let w = word(i)
        switch w.kind {
        // `set to resume Monday`, like `due to`, schedules what follows.
        case .tense: return w.value == 3 && tokens.normalized[i] == marks.set && isCue(i + 1, .to) ? 2 : Int(w.value)
        case .month where w.value == 5 && !capitalized(i): return 3
        case .dayWord: return w.value < 0 ? 1 : w.value > 0 ? 2 : nil
        case .cue:
            if w.value == Cue.ago.rawValue { return 1 }
            if w.value == Cue.soon.rawValue { return 2 }
            return nil
        default: return nil
        }
    }

    /// The year of `month`/`day` (day may be nil) with none written: the one nearest the
    /// reference date, unless the clause's tense points the other way by more than a few
    /// days (a month for a bare month).
    func year(month: Int, day: Int?, near i: Int) -> Int? {
        guard let ry = reference.year else { return nil }
        guard let rm = reference.month else { return ry }
        // A present-tense clause (`are worth half what they were in October`) points
        // nowhere: the nearest year wins.
        let tense = clauseTense(near: i)
        let ref = CalendarDay(ry, rm, reference.day ?? 15).dayNumber
        var best: (year: Int, distance: Int)?
        for y in (ry - 1)...(ry + 1) {
            let d = day.map { min($0, CalendarDay.daysIn(month, y)) } ?? 15
            let target = CalendarDay(y, month, d).dayNumber
            var distance = abs(target - ref)
            // Against the tense: a past event in the future (or the reverse) costs extra, but
            // not a whole year: a past-tense sentence often names a coming date (`declared a
            // dividend payable Dec. 7`).
            let slack = day == nil ? 45 : 3
            if (tense == .past || tense == nil) && target - ref > slack { distance += 200 }
            if tense == .future && ref - target > slack { distance += 200 }
            if best.map({ distance < $0.distance }) ?? true { best = (y, distance) }
        }
        return best?.year
    }

    /// The day a bare weekday names: the nearest one on or before the reference in a
    /// past-tense clause, else the nearest one on or after it. `shift` -1 is `last
    /// Tuesday` (strictly before), +1 `next Tuesday` (strictly after).
    func day(weekday: Int, near i: Int, shift: Int = 0) -> CalendarDay? {
        guard let ref = reference.full else { return nil }
        let delta = weekday - ref.weekday
        switch shift {
        case -1: return ref.adding(days: delta < 0 ? delta : delta - 7)
        case 1: return ref.adding(days: delta > 0 ? delta : delta + 7)
        default:
            if tense(near: i) == .past { return ref.adding(days: delta <= 0 ? delta : delta - 7) }
            return ref.adding(days: delta >= 0 ? delta : delta + 7)
        }
    }

    /// The value of the `unit` containing `base` moved by `n` units (`last week` is
    /// `shift(.week, -1, reference)`), and the day when the unit is a day.
    func shift(_ unit: TimeUnit, _ n: Int, from base: ReferenceDate) -> (value: String, day: CalendarDay?)? {
        switch unit {
        case .day:
            guard let d = base.full?.adding(days: n) else { return nil }
            return (d.iso, d)
        case .week, .fortnight:
            guard let d = base.full?.adding(days: 7 * n) else { return nil }
            let w = d.isoWeek
            return (TimexFormat.week(w.year, w.week), nil)
        case .weekend:
            guard let d = base.full?.adding(days: 7 * n) else { return nil }
            let w = d.isoWeek
            return (TimexFormat.week(w.year, w.week) + "-WE", nil)
        case .month:
            guard let y = base.year, let m = base.month else { return nil }
            let d = CalendarDay(y, m, 1).adding(months: n)
            return (TimexFormat.month(d.year, d.month), nil)
        case .quarter:
            guard let y = base.year, let m = base.month else { return nil }
            let index = y * 4 + (m - 1) / 3 + n
            let qy = index >= 0 ? index / 4 : (index - 3) / 4
            return (TimexFormat.year(qy) + "-Q\(index - qy * 4 + 1)", nil)
        case .year:
            guard let y = base.year else { return nil }
            return (TimexFormat.year(y + n), nil)
        case .decade:
            guard let y = base.year else { return nil }
            return (String(y / 10 + n), nil)
        case .century:
            guard let y = base.year else { return nil }
            return (String(y / 100 + n), nil)
        case .hour, .minute, .second:
            return nil
        }
    }

    /// The reference as a base for shifting, or the last named day for anaphoric ones.
    func base(anaphoric: Bool) -> ReferenceDate {
        if anaphoric, let a = anchor { return ReferenceDate(year: a.year, month: a.month, day: a.day) }
        return reference
    }

    /// An unresolved value of the unit's shape: `XXXX-WXX`, `XXXX-XX`.
    static func unknown(_ unit: TimeUnit) -> String {
        switch unit {
        case .day, .hour, .minute, .second: return "XXXX-XX-XX"
        case .week, .fortnight: return "XXXX-WXX"
        case .weekend: return "XXXX-WXX-WE"
        case .month: return "XXXX-XX"
        case .quarter: return "XXXX-QX"
        case .year: return "XXXX"
        case .decade: return "XXX"
        case .century: return "XX"
        }
    }

    /// A duration value: `P2D`, `PT5H`, `PXY`; nil count is `X`.
    static func duration(_ count: Int?, _ unit: TimeUnit) -> String {
        let code = unit.durationCode
        let n = count.map { String($0 * code.count) } ?? "X"
        if unit == .century { return count.map { "P\($0 * 100)Y" } ?? "PXC" }
        return (code.time ? "PT" : "P") + n + code.letter
    }
}
