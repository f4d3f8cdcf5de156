/// Calendar dates: `15 Nov. 2011`, `Nov. 15, 2011`, `November 15`, `November 2011`,
/// `2011-11-15`, `15/11/2011`, years, decades, seasons, quarters, fiscal years.
extension TimexScanner {
    /// A month name first: `Nov. 15, 2011`, `November 15`, `November 2011`, `March`.
    mutating func monthFirst(_ j: Int) -> TimexMatch? {
        guard capitalized(j) else { return nil }
        let code = Int(word(j).value)
        let month = (code - 1) % 20 + 1
        let k = j + 1
        if let n = number(k), let d = n.ordinal ?? (n.digits <= 2 ? n.integer : nil), (1...31).contains(d), !isMark(k + 1, marks.hyphen) || !touches(k + 1) || number(k + 2) != nil {
            let (year, end) = trailingYear(after: k + 1)
            return makeDay(j, end, year: year, month: month, day: d)
        }
        if word(k).kind == .ordinal, capitalized(j) {
            return makeDay(j, k + 1, year: nil, month: month, day: Int(word(k).value))
        }
        var y = k
        if isMark(y, marks.comma) || isCue(y, .of) { y += 1 }
        if let yv = yearNumber(y) { return TimexMatch(j, y + 1, .date, TimexFormat.month(yv, month)) }
        if let spoken = spokenYear(y), let yv = Int(spoken.value) {
            return TimexMatch(j, spoken.end, .date, TimexFormat.month(yv, month))
        }
        // `June last year`, `January this year`.
        if let c = cue(k), c == .this || c == .last || c == .next, let u = unit(k + 1), u.unit == .year, !u.plural,
           let ry = reference.year {
            let yv = ry + (c == .last ? -1 : c == .next ? 1 : 0)
            return TimexMatch(j, k + 2, .date, TimexFormat.month(yv, month))
        }
        // A bare month: `May` only where a date is expected (`in May`), never `Theresa May`.
        guard code <= 40 else { return nil }
        if month == 5 {
            guard let before = cue(j - 1), [.inWord, .since, .until, .by, .during, .from, .through, .last, .next, .this,
                                            .early, .late, .mid, .of, .before, .after, .end, .throughout].contains(before),
                  !capitalized(j + 1) else { return nil }
        }
        if j > sentence.lowerBound, capitalized(j - 1), word(j - 1).kind == .none, !tokens.flags[j - 1].contains(.lineStart) {
            return nil
        }
        guard let yv = year(month: month, day: nil, near: j) else { return TimexMatch(j, k, .date, "XXXX-" + TimexFormat.two(month)) }
        return TimexMatch(j, k, .date, TimexFormat.month(yv, month))
    }

    /// A day number first: `15 Nov. 2011`, `15th of November`.
    mutating func dayFirst(_ j: Int, _ n: NumberForm) -> TimexMatch? {
        guard let d = n.ordinal ?? (n.digits <= 2 ? n.integer : nil), (1...31).contains(d) else { return nil }
        var k = j + 1
        if isCue(k, .of) { k += 1 }
        guard word(k).kind == .month, capitalized(k) else { return nil }
        let month = (Int(word(k).value) - 1) % 20 + 1
        let (year, end) = trailingYear(after: k + 1)
        return makeDay(j, end, year: year, month: month, day: d)
    }

    /// A day from its parts; the year from the reference when not written. A day that does
    /// not exist is a problem, not a date.
    mutating func makeDay(_ first: Int, _ end: Int, year: Int?, month: Int, day: Int) -> TimexMatch? {
        let resolved = year ?? self.year(month: month, day: day, near: first)
        guard let y = resolved else {
            guard day <= CalendarDay.daysIn(month, 2000) else {
                problems.append(TimexProblem(first: first, end: end, message: "day \(day) of month \(month) does not exist"))
                return nil
            }
            return TimexMatch(first, end, .date, "XXXX-" + TimexFormat.two(month) + "-" + TimexFormat.two(day))
        }
        guard CalendarDay.isValid(y, month, day) else {
            problems.append(TimexProblem(first: first, end: end,
                                         message: "\(TimexFormat.date(y, month, day)) does not exist; not taken as a date"))
            return nil
        }
        let date = CalendarDay(y, month, day)
        var match = TimexMatch(first, end, .date, date.iso, day: date)
        match.explicit = true
        return match
    }

    /// A four-digit year at `i`: 1900–2100 anywhere, 1000–1899 after a preposition; never
    /// after a currency sign or `No.`, nor before a word that counts things (`2014 troops`).
    /// The year that may close a day (`Nov. 15, 2011`, `15 Nov. 2011`) from token `i`, after
    /// an optional comma, and where the date then ends; no year leaves the end at `i`.
    func trailingYear(after i: Int) -> (year: Int?, end: Int) {
        let y = isMark(i, marks.comma) ? i + 1 : i
        if let year = yearNumber(y) { return (year, y + 1) }
        return (nil, i)
    }

    func yearNumber(_ i: Int) -> Int? {
        guard let n = number(i), n.digits == 4, let y = n.integer, (1000...2999).contains(y) else { return nil }
        if i > 0 {
            let before = tokens.normalized[i - 1]
            if before == marks.dollar || before == marks.pound || before == marks.euro || before == marks.hash
                || before == marks.number { return nil }
        }
        if word(i + 1).kind == .countNoun { return nil }
        if unit(i + 1) != nil { return nil }
        if y < 1900 || y > 2100 {
            guard let c = cue(i - 1), [.inWord, .since, .until, .by, .from, .of, .during, .before, .after, .through, .to].contains(c)
            else { return nil }
        }
        return y
    }

    /// Expressions that start with a number: dates, years, decades, clock times.
    mutating func numeric(_ j: Int, _ n: NumberForm, previous: TimexMatch?) -> TimexMatch? {
        if let m = dayFirst(j, n) { return m }
        if let m = isoDate(j, n) { return m }
        if let parts = n.dateParts { return numericDate(j, parts, separator: n.separator) }
        if let decade = n.decade {
            let apostrophe = j > sentence.lowerBound && isMark(j - 1, marks.apostrophe) && touches(j)
            let first = apostrophe ? j - 1 : j
            return TimexMatch(isCue(first - 1, .the) ? first - 1 : first, j + 1, .date, String(decade))
        }
        if let m = clockTime(j, n, previous: previous) { return m }
        if let c = n.ordinal, let u = unit(j + 1), u.unit == .century, !u.plural {
            return TimexMatch(j, j + 2, .date, TimexFormat.two(c - 1))
        }
        // `the 1988 third quarter`, `the 1988 quarter`, `the 1988 period`.
        if n.digits == 4, let y = n.integer, (1900...2100).contains(y), isCue(j - 1, .the) {
            if word(j + 1).kind == .ordinal, word(j + 1).value <= 4, let u = unit(j + 2), u.unit == .quarter, !u.plural {
                var m = TimexMatch(j - 1, j + 3, .date, TimexFormat.year(y) + "-Q\(word(j + 1).value)")
                m.namesQuarter = true
                return m
            }
            if let q = quarterContext, unit(j + 1).map({ $0.unit == .quarter && !$0.plural }) == true || isCue(j + 1, .period) {
                return TimexMatch(j - 1, j + 2, .date, TimexFormat.year(y) + "-Q\(q.quarter)")
            }
        }
        if let y = yearNumber(j) {
            // `1989-90`: the fiscal year named by its first year.
            if joiningHyphen(j + 1), let next = number(j + 2), next.digits == 2, next.integer == (y + 1) % 100 {
                return TimexMatch(j, j + 3, .date, TimexFormat.year(y))
            }
            return TimexMatch(j, j + 1, .date, TimexFormat.year(y))
        }
        return nil
    }

    /// `2011-11-15` and `2011-11` (tokens `2011` `-` `11` `-` `15`, touching).
    mutating func isoDate(_ j: Int, _ n: NumberForm) -> TimexMatch? {
        guard n.digits == 4, let y = n.integer, (1000...2999).contains(y), joiningHyphen(j + 1),
              let m = number(j + 2), m.digits == 2, let month = m.integer, (1...12).contains(month) else { return nil }
        if joiningHyphen(j + 3), let d = number(j + 4), d.digits == 2, let day = d.integer {
            if joiningHyphen(j + 5) { return nil }
            return makeDay(j, j + 5, year: y, month: month, day: day)
        }
        if isMark(j + 3, marks.hyphen) && touches(j + 3) { return nil }
        return TimexMatch(j, j + 3, .date, TimexFormat.month(y, month))
    }

    /// `15/11/2011`, `11/15/2011`, `15.11.2011`: read by the `date-order` setting; with
    /// `auto`, only when the order shows (one part over 12), else reported as ambiguous.
    mutating func numericDate(_ j: Int, _ parts: [Int], separator: UInt8) -> TimexMatch? {
        let a = parts[0], b = parts[1]
        let y = parts[2] < 100 ? (parts[2] < 50 ? 2000 + parts[2] : 1900 + parts[2]) : parts[2]
        let dmyValid = CalendarDay.isValid(y, b, a), mdyValid = CalendarDay.isValid(y, a, b)
        let text = "\(a)\(Character(Unicode.Scalar(separator)))\(b)"
        var dmy: Bool
        switch order {
        case .dmy: dmy = true
        case .mdy: dmy = false
        case .auto:
            if dmyValid && mdyValid && a != b {
                problems.append(TimexProblem(first: j, end: j + 1, message:
                    "ambiguous date: \(text)… is \(TimexFormat.date(y, b, a)) day-first or \(TimexFormat.date(y, a, b)) month-first; set date-order dmy or mdy"))
                return nil
            }
            dmy = dmyValid
        }
        if separator == 46 && order == .auto { dmy = dmyValid }
        let (month, day) = dmy ? (b, a) : (a, b)
        guard CalendarDay.isValid(y, month, day) else {
            problems.append(TimexProblem(first: j, end: j + 1, message:
                "\(text)… is no date read \(dmy ? "day-first" : "month-first"); not taken as a date"))
            return nil
        }
        let date = CalendarDay(y, month, day)
        var match = TimexMatch(j, j + 1, .date, date.iso, day: date)
        match.explicit = true
        return match
    }

    /// `nineteen ninety-six` → 1996: years spoken in broadcast transcripts.
    func spokenYear(_ j: Int) -> TimexMatch? {
        guard word(j).kind == .numberWord, word(j).value == 19, word(j + 1).kind == .tens else { return nil }
        var y = 1900 + Int(word(j + 1).value)
        var end = j + 2
        if joiningHyphen(end) || !touches(end), word(end + (joiningHyphen(end) ? 1 : 0)).kind == .numberWord {
            let k = end + (joiningHyphen(end) ? 1 : 0)
            if word(k).value < 10 {
                y += Int(word(k).value)
                end = k + 1
            }
        }
        return TimexMatch(j, end, .date, String(y))
    }

    /// `fiscal 1989`, `fiscal year 1989`, `FY 2011`: the year's value, as TimeBank writes it.
    mutating func fiscalYear(_ j: Int) -> TimexMatch? {
        var k = j + 1
        if let u = unit(k), u.unit == .year, !u.plural { k += 1 }
        guard let y = yearNumber(k) else {
            guard k == j + 2, isCue(j - 1, .the) else { return nil }
            return theYear(first: j - 1, unit: j + 1)
        }
        return TimexMatch(j, k + 1, .date, TimexFormat.year(y))
    }

    /// A season: `summer 2011`, `the fall of 2011`, `this summer`, `in the spring`.
    mutating func season(_ j: Int, shift: Int?, start: Int, afterThe: Bool) -> TimexMatch? {
        let s = Int(word(j).value)
        let code = ["SP", "SU", "FA", "WI"][s - 1]
        var k = j + 1
        if isCue(k, .of) { k += 1 }
        if let y = yearNumber(k) { return TimexMatch(start, k + 1, .date, TimexFormat.year(y) + "-" + code) }
        // `the winter of nineteen ninety-four`, as broadcast transcripts write it.
        if let spoken = spokenYear(k), let y = Int(spoken.value) {
            return TimexMatch(start, spoken.end, .date, TimexFormat.year(y) + "-" + code)
        }
        // `Arab Spring`; `fall` the verb.
        if capitalized(j) && j > sentence.lowerBound && capitalized(j - 1) { return nil }
        let midMonth = [4, 7, 10, 1][s - 1]
        if let shift {
            guard let ry = reference.year else { return TimexMatch(start, j + 1, .date, "XXXX-" + code) }
            let rm = reference.month ?? 6
            // Seasons by their first month; winter is named by the year it starts in.
            let first = [3, 6, 9, 12][s - 1]
            var y = ry
            if shift < 0 { y = first < rm ? ry : ry - 1 }
            if shift > 0 { y = first > rm ? ry : ry + 1 }
            return TimexMatch(start, j + 1, .date, TimexFormat.year(y) + "-" + code)
        }
        guard afterThe || [.inWord, .during, .by, .until, .since, .this].contains(cue(j - 1) ?? .the) && cue(j - 1) != nil,
              s != 3 || afterThe else { return nil }
        guard let y = year(month: midMonth, day: nil, near: j) else { return TimexMatch(start, j + 1, .date, "XXXX-" + code) }
        return TimexMatch(start, j + 1, .date, TimexFormat.year(y) + "-" + code)
    }

    /// A quarter or half: `the third quarter`, `third-quarter`, `the fourth quarter of 2011`,
    /// `the first half`.
    mutating func quarter(_ j: Int, start: Int) -> TimexMatch? {
        let q = Int(word(j).value)
        var k = j + 1
        if isCue(k, .fiscal) { k += 1 }
        if joiningHyphen(k) { k += 1 }
        let isHalf = isCue(k, .half)
        guard isHalf ? q <= 2 : (q <= 4 && unit(k).map { $0.unit == .quarter && !$0.plural } == true) else { return nil }
        let letter = isHalf ? "H" : "Q"
        var end = k + 1
        var y = end
        if isCue(y, .of) { y += 1 }
        if let yv = yearNumber(y) {
            var match = TimexMatch(start, y + 1, .date, TimexFormat.year(yv) + "-\(letter)\(q)")
            match.namesQuarter = !isHalf
            return match
        }
        if isMark(end, marks.hyphen) && touches(end) { end = k + 1 }
        guard let ry = reference.year else { return TimexMatch(start, end, .date, "XXXX-\(letter)\(q)") }
        let current = isHalf ? ((reference.month ?? 1) - 1) / 6 + 1 : ((reference.month ?? 1) - 1) / 3 + 1
        var year = ry
        if q > current && tense(near: j) == .past { year -= 1 }
        var match = TimexMatch(start, end, .date, TimexFormat.year(year) + "-\(letter)\(q)")
        match.namesQuarter = !isHalf
        return match
    }
}
