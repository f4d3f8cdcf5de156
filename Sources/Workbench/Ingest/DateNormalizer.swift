/// Turns the date forms found in news and policy texts into ISO 8601 (`2011-11-15`, or
/// `2011-11` / `2011` when only that much is given).
///
/// A date that names a day that does not exist (31 Feb.) is reported as invalid rather than
/// rolled over or clamped: a wrong date is worse than no date.
enum DateNormalizer {
    enum Outcome: Equatable {
        case valid(String)
        /// The date's form was recognised but it does not exist; the reason says why.
        case invalid(String)
    }

    /// A date found in running text.
    struct Found: Equatable {
        var outcome: Outcome
        /// The matched text as written.
        var text: String
        /// 0-based line within the searched text.
        var line: Int
    }

    /// How far into a text a dateline may be: the first 5 non-empty lines, at most 400
    /// characters (Unicode scalars).
    static let datelineLines = 5
    static let datelineScalars = 400

    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
    static let weekdays: Set<String> = [
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
        "fri", "friday", "sat", "saturday", "sun", "sunday",
    ]
    static let ordinals: Set<String> = ["st", "nd", "rd", "th"]

    /// `months[word]`, ruling out most words by length and first letter before hashing:
    /// a dateline search looks up every word near the top of every text.
    static func month(_ word: String) -> Int? {
        guard (3...9).contains(word.utf8.count) else { return nil }
        switch word.utf8.first {
        case UInt8(ascii: "j"), UInt8(ascii: "f"), UInt8(ascii: "m"), UInt8(ascii: "a"), UInt8(ascii: "s"),
             UInt8(ascii: "o"), UInt8(ascii: "n"), UInt8(ascii: "d"): return months[word]
        default: return nil
        }
    }

    /// Normalises a date field's value: `2011-11-15`, `2011-11-15T10:00:00Z`, `2011/11/15`,
    /// `15 Nov. 2011`, `November 15, 2011`, `Nov 15 2011`, `Tue, 15 Nov 2011 10:00 GMT`,
    /// `November 2011`, `2011-11`, `2011`. Nil when the value is not a date we recognise.
    static func normalize(_ raw: String) -> Outcome? {
        let tokens = DateToken.tokenize(Array(raw.unicodeScalars))
        var k = 0
        if let word = tokens.word(at: 0), weekdays.contains(word) {
            k = 1
            if tokens.isPunct(".", at: k) { k += 1 }
            if tokens.isPunct(",", at: k) { k += 1 }
        }
        return match(tokens, at: k, partial: true)?.outcome
    }

    /// The first full date (day, month and year) near the top of a text: a dateline such as
    /// `KABUL, Afghanistan (Jan. 25, 2013)` or a date line such as `15 Nov. 2011`.
    static func findDateline(in text: String) -> Found? {
        // Every full date has a four-digit year: most texts are ruled out on their UTF-8,
        // before any scalar is decoded.
        guard mayHaveYear(text) else { return nil }
        var region: [Unicode.Scalar] = []
        var nonEmptyLines = 0
        var lineHasContent = false
        var digitRun = 0
        var hasYear = false
        region.reserveCapacity(datelineScalars)
        var text = text
        // Scalars decoded straight from the UTF-8 storage: `unicodeScalars` costs more.
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                if region.count >= datelineScalars { break }
                let scalar = Unicode.Scalar(ScalarDecoder.scalarValue(bytes, at: &i)) ?? "\u{FFFD}"
                if scalar == "\n" {
                    if lineHasContent { nonEmptyLines += 1 }
                    if nonEmptyLines >= datelineLines { break }
                    lineHasContent = false
                } else if !DateToken.isSpace(scalar) {
                    lineHasContent = true
                }
                digitRun = scalar.value &- 48 < 10 ? digitRun + 1 : 0
                if digitRun == 4 { hasYear = true }
                region.append(scalar)
            }
        }
        // Every full date has a four-digit year: most texts are ruled out without tokenizing.
        guard hasYear else { return nil }
        let tokens = DateToken.tokenize(region)
        for k in tokens.indices {
            if let (outcome, end) = match(tokens, at: k, partial: false) {
                var matched = ""
                matched.unicodeScalars.append(contentsOf: region[tokens[k].start..<tokens[end - 1].end])
                return Found(outcome: outcome, text: matched, line: tokens[k].line)
            }
        }
        return nil
    }

    /// Whether four ASCII digits in a row occur in the first `datelineScalars` scalars (a
    /// superset of the region `findDateline` reads, which also stops after a few lines).
    static func mayHaveYear(_ text: String) -> Bool {
        var text = text
        // Over the UTF-8 buffer: it runs on every record, and `utf8` iteration costs several
        // times as much per byte.
        return text.withUTF8 { bytes in
            var scalars = 0, digitRun = 0
            for b in bytes {
                if b & 0xC0 != 0x80 {
                    if scalars == datelineScalars { return false }
                    scalars += 1
                }
                if b &- 48 < 10 {
                    digitRun += 1
                    if digitRun == 4 { return true }
                } else {
                    digitRun = 0
                }
            }
            return false
        }
    }

    /// A date starting at token `k`, and the index after its last token. `partial` allows
    /// month-and-year and year-only dates.
    static func match(_ t: [DateToken], at k: Int, partial: Bool) -> (outcome: Outcome, end: Int)? {
        // ISO: 2011-11-15, 2011/11/15, and with `partial` 2011-11.
        if let year = t.number(at: k, digits: 4...4) {
            for separator in ["-", "/"] as [Unicode.Scalar] where t.isPunct(separator, at: k + 1) && !t[k + 1].spaced {
                guard let month = t.number(at: k + 2, digits: 1...2), !t[k + 2].spaced else { continue }
                if t.isPunct(separator, at: k + 3), !t[k + 3].spaced, let day = t.number(at: k + 4, digits: 1...2), !t[k + 4].spaced {
                    return (make(year, month, day), k + 5)
                }
                if partial { return (make(year, month, nil), k + 3) }
            }
        }
        // 15 Nov. 2011, 15th November, 2011
        if let day = t.number(at: k, digits: 1...2) {
            var j = k + 1
            if let word = t.word(at: j), ordinals.contains(word), !t[j].spaced { j += 1 }
            if let month = t.word(at: j).flatMap(month) {
                j += 1
                if t.isPunct(".", at: j) { j += 1 }
                if t.isPunct(",", at: j) { j += 1 }
                if let year = t.number(at: j, digits: 4...4) { return (make(year, month, day), j + 1) }
            }
        }
        // November 15, 2011; Jan. 25, 2013; Nov 15 2011; and with `partial` November 2011.
        if let month = t.word(at: k).flatMap(month) {
            var j = k + 1
            if t.isPunct(".", at: j) { j += 1 }
            if let day = t.number(at: j, digits: 1...2) {
                j += 1
                if let word = t.word(at: j), ordinals.contains(word), !t[j].spaced { j += 1 }
                if t.isPunct(",", at: j) { j += 1 }
                if let year = t.number(at: j, digits: 4...4) { return (make(year, month, day), j + 1) }
            } else if partial {
                if t.isPunct(",", at: j) { j += 1 }
                if let year = t.number(at: j, digits: 4...4) { return (make(year, month, nil), j + 1) }
            }
        }
        if partial, let year = t.number(at: k, digits: 4...4) {
            return (make(year, nil, nil), k + 1)
        }
        return nil
    }

    /// An ISO date from its parts, or the reason it does not exist.
    static func make(_ year: Int, _ month: Int?, _ day: Int?) -> Outcome {
        let yearText = String(year).leftPadded(to: 4)
        guard let month else { return .valid(yearText) }
        guard (1...12).contains(month) else { return .invalid("there is no month \(month)") }
        let monthText = yearText + "-" + String(month).leftPadded(to: 2)
        guard let day else { return .valid(monthText) }
        let length = daysIn(month, year)
        guard (1...length).contains(day) else {
            return .invalid("\(monthNames[month - 1]) \(year) has \(length) days")
        }
        return .valid(monthText + "-" + String(day).leftPadded(to: 2))
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
