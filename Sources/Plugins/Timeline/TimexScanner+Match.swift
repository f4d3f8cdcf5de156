/// Modifiers around a core expression: `the end of`, `early`, `more than`, `beyond`, `or so`.
extension TimexScanner {
    /// The expression starting at token `i`, with its modifiers; nil when none starts there.
    mutating func match(at i: Int, after previous: TimexMatch?) -> TimexMatch? {
        var j = i
        var pointMod: String?
        var amountMod: String?
        if isCue(j, .the) { j += 1 }
        if let c = cue(j) {
            switch c {
            case .end, .beginning, .start, .middle:
                if isCue(j + 1, .of) {
                    pointMod = c == .end ? "END" : c == .middle ? "MID" : "START"
                    j += 2
                    if isCue(j, .the) { j += 1 }
                }
            case .early, .earlier:
                pointMod = "START"
                j += 1
            case .late, .later:
                pointMod = "END"
                j += 1
            case .mid:
                pointMod = "MID"
                j += joiningHyphen(j + 1) ? 2 : 1
            case .beyond:
                pointMod = "AFTER"
                j += 1
            case .more, .less:
                if isCue(j + 1, .than) {
                    amountMod = c == .more ? "MORE_THAN" : "LESS_THAN"
                    j += 2
                }
            case .over:
                if quantityStarts(j + 1) {
                    amountMod = "MORE_THAN"
                    j += 1
                }
            case .under:
                if quantityStarts(j + 1) {
                    amountMod = "LESS_THAN"
                    j += 1
                }
            case .at:
                if isCue(j + 1, .least) {
                    amountMod = "EQUAL_OR_MORE"
                    j += 2
                }
            case .up:
                if isCue(j + 1, .to), quantityStarts(j + 2) {
                    amountMod = "EQUAL_OR_LESS"
                    j += 2
                }
            case .within:
                if quantityStarts(j + 1) {
                    amountMod = "EQUAL_OR_LESS"
                    j += 1
                }
            case .about, .around, .approximately, .roughly, .some, .nearly:
                if quantityStarts(j + 1) || number(j + 1)?.hour != nil {
                    amountMod = "APPROX"
                    j += 1
                }
            case .almost:
                if quantityStarts(j + 1) {
                    amountMod = "LESS_THAN"
                    j += 1
                }
            default:
                break
            }
        }
        if j > i && isCue(j, .the) && pointMod != nil { j += 1 }
        guard var core = best(at: j, afterThe: j > i && isCue(j - 1, .the), previous: previous) else { return nil }
        if let pointMod {
            guard core.type == .date || core.type == .time, !core.value.hasSuffix("_REF") || pointMod != "AFTER" else { return nil }
            core.mod = pointMod
        } else if let amountMod {
            guard core.type == .duration || core.type == .time || core.value.first == "P" || amountMod == "APPROX" else { return nil }
            if core.mod == nil { core.mod = amountMod }
        }
        if pointMod != nil || amountMod != nil { core.first = i }
        // `or so`, `or later`, `or earlier`.
        if isCue(core.end, .or) {
            if isCue(core.end + 1, .so) {
                core.mod = "APPROX"
                core.end += 2
            } else if core.type == .date, isCue(core.end + 1, .later) || isCue(core.end + 1, .after) {
                core.mod = "ON_OR_AFTER"
                core.end += 2
            } else if core.type == .date, isCue(core.end + 1, .earlier) || isCue(core.end + 1, .before) {
                core.mod = "ON_OR_BEFORE"
                core.end += 2
            }
        }
        return core
    }

    /// Whether an amount (a number, `a`, `several`, `a couple of`) starts at `i`.
    func quantityStarts(_ i: Int) -> Bool {
        if let n = number(i) { return n.integer != nil }
        let w = word(i)
        if w.kind == .numberWord || w.kind == .tens { return true }
        if let c = cue(i) { return c == .several || c == .few || c == .couple || c == .half }
        return false
    }

    /// The longest expression starting at `j`, without modifiers.
    mutating func best(at j: Int, afterThe: Bool, previous: TimexMatch?) -> TimexMatch? {
        guard inside(j) else { return nil }
        var candidates: [TimexMatch] = []
        func add(_ m: TimexMatch?) { if let m { candidates.append(m) } }
        let w = word(j)
        switch w.kind {
        case .month: add(monthFirst(j))
        case .weekday: add(weekdayDate(j))
        case .dayWord: add(dayWord(j))
        case .season: add(season(j, shift: nil, start: j, afterThe: afterThe))
        case .setAdverb: add(setAdverb(j))
        case .partOfDay: add(partOfDay(j, afterThe: afterThe))
        case .numberWord, .tens:
            add(duration(j, start: j, afterThe: afterThe))
            add(spokenYear(j))
        case .ordinal:
            add(quarter(j, start: afterThe ? j - 1 : j))
            add(duration(j, start: j, afterThe: afterThe))
        case .unit: add(bareUnit(j, afterThe: afterThe))
        case .cue:
            guard let c = Cue(rawValue: w.value) else { break }
            add(cueStarted(c, j, afterThe: afterThe))
        case .holiday: add(holiday(j, shift: 0, start: j))
        case .none, .meridiem, .tense, .countNoun, .zone:
            guard tokens.classes[j] == .number, let n = number(j) else { break }
            add(numeric(j, n, previous: previous))
            add(duration(j, start: j, afterThe: afterThe))
        }
        guard var best = candidates.first else { return nil }
        for c in candidates.dropFirst() where c.end > best.end { best = c }
        return best
    }

    /// Expressions that start with a cue word: `last week`, `the past two years`, `every
    /// day`, `now`, `fiscal 1989`, `the following day`.
    mutating func cueStarted(_ c: Cue, _ j: Int, afterThe: Bool) -> TimexMatch? {
        switch c {
        case .this, .last, .next, .past, .coming, .previous, .following, .current, .upcoming, .latest, .recent, .that,
             .same, .prior:
            var candidates: [TimexMatch] = []
            if let m = shifted(c, j, afterThe: afterThe) { candidates.append(m) }
            if let m = duration(j, start: j, afterThe: afterThe) { candidates.append(m) }
            if let m = vague(c, j, afterThe: afterThe) { candidates.append(m) }
            return candidates.max { $0.end < $1.end }
        case .several, .few, .couple, .many, .some, .half, .another, .additional:
            return duration(j, start: j, afterThe: afterThe)
        case .every, .each, .per:
            return everyUnit(j)
        case .fiscal:
            return fiscalYear(j)
        default:
            return vague(c, j, afterThe: afterThe)
        }
    }
}
