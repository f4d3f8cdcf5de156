import Workbench

/// Finds time expressions in one document's sentences by walking its tokens: an array
/// read per token (`TimeLexicon`) and hand-written patterns from the few tokens that can
/// start one, no regular expressions. Expressions are resolved as they are found, in text
/// order, so that `the following day` can use the day named before it.
struct TimexScanner {
    let tokens: DocumentTokens
    let layer: TokenLayer
    let lexicon: TimeLexicon
    let order: DateOrder
    let marks: Marks
    /// The document's date: what `yesterday` and `last week` count from.
    var reference: ReferenceDate
    /// The last day an expression named, for `the following day` and `two days later`.
    var anchor: CalendarDay?
    /// The last quarter named (year, quarter), for `a year earlier` in quarterly reports.
    var quarterContext: (year: Int, quarter: Int)?
    /// The last month named (`In March …`), for `the following month` and `that month`.
    var monthAnchor: (year: Int, month: Int)?
    /// The last year named, for `that year` and `later that year`.
    var yearAnchor: Int?
    var problems: [TimexProblem] = []
    /// The sentence being scanned; patterns never look outside it.
    var sentence: Range<Int> = 0..<0

    /// Ids of the punctuation and symbols that patterns test.
    struct Marks: Sendable {
        var hyphen: Int32 = -2, comma: Int32 = -2, period: Int32 = -2, apostrophe: Int32 = -2
        var dollar: Int32 = -2, pound: Int32 = -2, euro: Int32 = -2, hash: Int32 = -2, number: Int32 = -2
        /// Forms of `be` that make an `-ed` a participle (`will be named`, `is expected`).
        var be: Int32 = -2, being: Int32 = -2, isWord: Int32 = -2, are: Int32 = -2
        var `as`: Int32 = -2, too: Int32 = -2, ended: Int32 = -2, ending: Int32 = -2, set: Int32 = -2, a: Int32 = -2, an: Int32 = -2

        init(_ layer: TokenLayer) {
            func id(_ s: String) -> Int32 { layer.normalizedID(of: s) ?? -2 }
            hyphen = id("-")
            comma = id(",")
            period = id(".")
            apostrophe = id("'")
            dollar = id("$")
            pound = id("£")
            euro = id("€")
            hash = id("#")
            number = id("no.")
            be = id("be")
            being = id("being")
            isWord = id("is")
            are = id("are")
            `as` = id("as")
            too = id("too")
            ended = id("ended")
            ending = id("ending")
            set = id("set")
            a = id("a")
            an = id("an")
        }
    }

    init(tokens: DocumentTokens, layer: TokenLayer, lexicon: TimeLexicon, order: DateOrder, reference: ReferenceDate) {
        self.tokens = tokens
        self.layer = layer
        self.lexicon = lexicon
        self.order = order
        self.marks = Marks(layer)
        self.reference = reference
        self.anchor = reference.full
    }

    /// The time expressions of the tokens `range` (one sentence), in text order.
    mutating func scan(_ range: Range<Int>) -> [TimexMatch] {
        sentence = range
        var found: [TimexMatch] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if lexicon[tokens.normalized[i]].kind == .none && tokens.classes[i] != .number {
                i += 1
                continue
            }
            let problemCount = problems.count
            guard let match = match(at: i, after: found.last) else {
                // A date that was reported as a problem is not read again in parts.
                i = problems.count > problemCount ? max(i + 1, problems[problems.count - 1].end) : i + 1
                continue
            }
            if let day = match.day { anchor = day }
            if match.namesQuarter, let q = TimexScanner.quarter(of: match.value) { quarterContext = q }
            let month = TimexScanner.month(of: match.value)
            if match.explicit || match.day != nil || month != nil || (match.value.count == 4 && match.value.allSatisfy(\.isNumber)) {
                yearAnchor = match.day?.year ?? Int(match.value.prefix(4))
            }
            if let month { monthAnchor = month }
            found.append(match)
            i = max(match.end, i + 1)
        }
        return found
    }

    /// Whether `m` (in the sentence just scanned) names another event rather than dating
    /// its clause: a date after `the` (`the July 2 attack`), after `since`, or before a
    /// possessive (`Saturday's election`).
    func attributive(_ m: TimexMatch) -> Bool {
        if isCue(m.first - 1, .since) { return true }
        if isCue(m.first - 1, .the), word(m.first).kind == .month { return true }
        return inside(m.end) && tokens.classes[m.end] == .possessive
    }

    // MARK: token access

    @inline(__always) func inside(_ i: Int) -> Bool { i >= sentence.lowerBound && i < sentence.upperBound }

    @inline(__always) func word(_ i: Int) -> TimeWord { inside(i) ? lexicon[tokens.normalized[i]] : .none }

    @inline(__always) func cue(_ i: Int) -> Cue? {
        let w = word(i)
        return w.kind == .cue ? Cue(rawValue: w.value) : nil
    }

    @inline(__always) func isCue(_ i: Int, _ c: Cue) -> Bool {
        let w = word(i)
        return w.kind == .cue && w.value == c.rawValue
    }

    @inline(__always) func isMark(_ i: Int, _ id: Int32) -> Bool { inside(i) && tokens.normalized[i] == id }

    /// No space between token `i` and the one before it (`five-year`, `mid-1990s`).
    @inline(__always) func touches(_ i: Int) -> Bool { inside(i) && !tokens.flags[i].contains(.spaceBefore) }

    @inline(__always) func capitalized(_ i: Int) -> Bool { inside(i) && tokens.flags[i].contains(.capitalized) }

    func number(_ i: Int) -> NumberForm? {
        guard inside(i), tokens.classes[i] == .number else { return nil }
        return NumberForm(layer.normalizedForms.utf8(tokens.normalized[i]))
    }

    /// The unit of token `i` and whether it is plural.
    func unit(_ i: Int) -> (unit: TimeUnit, plural: Bool)? {
        let w = word(i)
        guard w.kind == .unit, let u = TimeUnit(rawValue: w.value % 100) else { return nil }
        return (u, w.value >= 100)
    }

    /// A hyphen joining tokens `i - 1` and `i + 1` (`five-year`): no spaces either side.
    func joiningHyphen(_ i: Int) -> Bool { isMark(i, marks.hyphen) && touches(i) && touches(i + 1) }

    /// The year and month of a `YYYY-MM` or `YYYY-MM-DD…` value.
    static func month(of value: String) -> (year: Int, month: Int)? {
        let u = Array(value.utf8.prefix(8))
        guard u.count >= 7, u[4] == 45, u.count == 7 || u[7] == 45,
              let y = Int(value.prefix(4)), let m = Int(value.dropFirst(5).prefix(2)), (1...12).contains(m) else { return nil }
        return (y, m)
    }

    static func quarter(of value: String) -> (year: Int, quarter: Int)? {
        let parts = value.split(separator: "-")
        guard parts.count == 2, parts[1].count == 2, parts[1].first == "Q", let y = Int(parts[0]),
              let q = Int(parts[1].dropFirst()) else { return nil }
        return (y, q)
    }
}
