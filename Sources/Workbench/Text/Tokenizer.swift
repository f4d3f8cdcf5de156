/// Splits text into tokens: spans, classes and flags (normalised forms come after, in
/// `TokenNormalizer`). One left-to-right pass over the scalars, no `String` per token.
///
/// Rules, for news text:
/// - Words keep internal apostrophes (`don’t`, `O’Brien`, `I’ve`) and `&` between capitals
///   (`AT&T`). A final `’s`/`'s` is split off as a `.possessive` token (`Japan’s` → `Japan`
///   `’s`) so that counts, stems and entity names see `Japan`.
/// - Hyphens split: `NATO-Japan` is `NATO` `-` `Japan`, so that `kwic NATO` and `freq` find
///   NATO inside compounds. The parts touch (no `.spaceBefore`), so a reader can rejoin them,
///   and a phrase query `non-combat` matches the three tokens.
/// - Numbers start with a digit and keep internal `.` `,` `:` `/` between digits and a
///   letter suffix: `3.5`, `2,014`, `12:03`, `9/11`, `1990s`, `1.13bn`. `$3` is `$` `3`.
/// - A word's full stop is kept when it is a known abbreviation (`Abbreviations`), a single
///   capital initial (`J.`) or a dotted acronym (`U.S.`, `e.g.`); otherwise it is its own token.
/// - URLs (`https://…`, `www.…`, `nato.int`) and e-mail addresses are one token each.
/// - `...` (two or more dots) and `…` are one token; so is a run of ASCII hyphens (`--`).
enum Tokenizer {
    static func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, into tokens: inout TokenSink) {
        tokens.prepare(forScalars: s.count)
        let n = s.count
        var i = 0
        var lineStart = true
        var space = true
        var previousWasWordLike = false
        while i < n {
            let c = s[i]
            if ScalarKind.isSpace(c) {
                if ScalarKind.isLineBreak(c) { lineStart = true }
                space = true
                i += 1
                continue
            }
            var flags: TokenFlags = []
            if lineStart { flags.insert(.lineStart) }
            if space { flags.insert(.spaceBefore) }
            let start = i
            var end: Int
            var tokenClass: TokenClass
            var alnumEnd = i
            if ScalarKind.isASCIIAlnum(c), let (e, k) = scanAddress(s, i, alnumEnd: &alnumEnd) {
                end = e
                tokenClass = k
            } else if ScalarKind.isDigit(c) {
                end = scanNumber(s, i)
                tokenClass = .number
            } else if ScalarKind.isWordScalar(c) {
                let (e, k, mayEnd) = scanWord(s, i, from: alnumEnd)
                end = e
                tokenClass = k
                if mayEnd { flags.insert(.mayEndSentence) }
            } else if ScalarKind.isApostrophe(c), !space, previousWasWordLike, i + 1 < n,
                      s[i + 1] == "s" || s[i + 1] == "S", i + 2 >= n || !ScalarKind.isWordScalar(s[i + 2]) {
                end = i + 2
                tokenClass = .possessive
            } else {
                end = scanPunctuation(s, i)
                tokenClass = ScalarKind.punctuationClass(c)
            }
            if tokenClass == .word || tokenClass == .abbreviation {
                if ScalarKind.isUppercase(c) {
                    flags.insert(.capitalized)
                } else if ScalarKind.isLowercase(c) {
                    // `iPhone`, `eBay`: a capital inside makes a name that may open a sentence.
                    flags.insert(s[(start + 1)..<end].contains { $0.value &- 65 < 26 } ? .capitalized : .lowercase)
                }
            }
            tokens.append(start, end, tokenClass, flags)
            previousWasWordLike = tokenClass == .word || tokenClass == .number || tokenClass == .abbreviation
            lineStart = false
            space = false
            i = end
        }
    }

    /// A word from `i`: returns its end, `.word` or `.abbreviation`, and whether that
    /// abbreviation may end a sentence. `i..<from` is already known to be word scalars.
    static func scanWord(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, from: Int) -> (Int, TokenClass, Bool) {
        let n = s.count
        var j = max(i, from)
        var segmentStart = i
        var dotted = false
        var joined = false
        while true {
            while j < n && ScalarKind.isWordScalar(s[j]) { j += 1 }
            guard j + 1 < n else { break }
            let c = s[j], next = s[j + 1]
            if ScalarKind.isApostrophe(c) && ScalarKind.isLetter(next) {
                let possessive = (next == "s" || next == "S") && (j + 2 >= n || !ScalarKind.isWordScalar(s[j + 2]))
                if possessive { break }
                j += 1
                joined = true
                continue
            }
            if c == "&" && ScalarKind.isUppercase(s[j - 1]) && ScalarKind.isUppercase(next) {
                j += 1
                continue
            }
            // Dotted acronym (`U.S`, `e.g`, `Ph.D`): every part one or two letters.
            if c == ".", !joined, j - segmentStart <= 2, ScalarKind.isLetter(next) {
                var k = j + 1
                while k < n && ScalarKind.isLetter(s[k]) { k += 1 }
                if k - (j + 1) <= 2 && (k >= n || !ScalarKind.isWordScalar(s[k])) {
                    segmentStart = j + 1
                    j = k
                    dotted = true
                    continue
                }
            }
            break
        }
        guard j < n, s[j] == ".", j + 1 >= n || s[j + 1] != "." else { return (j, .word, false) }
        if dotted { return (j + 1, .abbreviation, true) }
        if joined { return (j, .word, false) }
        if j - i == 1 && ScalarKind.isUppercase(s[i]) { return (j + 1, .abbreviation, true) }
        guard let kind = Abbreviations.kind(of: s, i, j) else { return (j, .word, false) }
        switch kind {
        case .title: return (j + 1, .abbreviation, false)
        case .mayEnd: return (j + 1, .abbreviation, true)
        case .beforeNumber:
            var k = j + 1
            while k < n && (s[k] == " " || s[k] == "\u{A0}") { k += 1 }
            return k < n && ScalarKind.isDigit(s[k]) ? (j + 1, .abbreviation, false) : (j, .word, false)
        }
    }

    /// A number from `i` (a digit): digits with inner `.,:/` between digits, then a letter
    /// suffix (`1990s`, `3.5bn`, `22nd`).
    static func scanNumber(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Int {
        let n = s.count
        var j = i
        while true {
            while j < n && ScalarKind.isDigit(s[j]) { j += 1 }
            if j + 1 < n, s[j] == "." || s[j] == "," || s[j] == ":" || s[j] == "/", ScalarKind.isDigit(s[j + 1]) {
                j += 1
                continue
            }
            break
        }
        while j < n && ScalarKind.isWordScalar(s[j]) { j += 1 }
        return j
    }

    /// One punctuation or symbol token from `i`: a dot run (`...`) or hyphen run (`--`)
    /// is one token, anything else a single scalar.
    static func scanPunctuation(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Int {
        let c = s[i]
        guard c == "." || c == "-" else { return i + 1 }
        var j = i + 1
        while j < s.count && s[j] == c { j += 1 }
        return j
    }

    static func string(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(s[start..<end]))
    }
}
