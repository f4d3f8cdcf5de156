/// A word-level view of a short stretch of text, for recognising dates.
///
/// Dates are matched over tokens rather than with `Regex`: a handful of integer and string
/// comparisons per token is fast enough to run on every record of a large JSONL file.
struct DateToken: Equatable {
    enum Kind: Equatable {
        /// A run of ASCII digits: its value (0 when implausibly long) and digit count.
        case number(Int, digits: Int)
        /// A run of letters, lowercased.
        case word(String)
        /// Any other single non-space character.
        case punct(Unicode.Scalar)
    }

    var kind: Kind
    /// Scalar offsets of the token in the tokenized text.
    var start: Int
    var end: Int
    /// 0-based line of the token in the tokenized text.
    var line: Int
    /// Whether whitespace comes right before it (`2011-11-15` has none inside).
    var spaced: Bool

    static func tokenize(_ scalars: [Unicode.Scalar]) -> [DateToken] {
        var tokens: [DateToken] = []
        var i = 0
        var line = 0
        var spaced = true
        while i < scalars.count {
            let s = scalars[i]
            if DateToken.isSpace(s) {
                if s == "\n" { line += 1 }
                spaced = true
                i += 1
                continue
            }
            let start = i
            let kind: Kind
            if s.value &- 48 < 10 {
                var value = 0
                while i < scalars.count, scalars[i].value &- 48 < 10 {
                    if i - start < 9 { value = value * 10 + Int(scalars[i].value - 48) }
                    i += 1
                }
                kind = .number(i - start <= 9 ? value : 0, digits: i - start)
            } else if DateToken.isLetter(s) {
                while i < scalars.count, DateToken.isLetter(scalars[i]) { i += 1 }
                // Only month, weekday and ordinal names matter: longer words, and ASCII words
                // whose first letter starts none of them, need no text.
                var word = ""
                if i - start <= 9, s.value >= 0x80 || DateToken.namesStartWith(s) {
                    if scalars[start..<i].allSatisfy({ $0.value < 0x80 }) {
                        // ASCII letters: lower-cased by setting bit 5, straight into a small
                        // string (no allocation); this runs on every word near the top of
                        // every record.
                        word = String(unsafeUninitializedCapacity: i - start) { bytes in
                            for k in 0..<(i - start) { bytes[k] = UInt8(truncatingIfNeeded: scalars[start + k].value | 0x20) }
                            return i - start
                        }
                    } else {
                        word.unicodeScalars.append(contentsOf: scalars[start..<i])
                        word = word.lowercased()
                    }
                }
                kind = .word(word)
            } else {
                i += 1
                kind = .punct(s)
            }
            tokens.append(DateToken(kind: kind, start: start, end: i, line: line, spaced: spaced))
            spaced = false
        }
        return tokens
    }

    /// `isWhitespace` with an ASCII fast path: Unicode property lookups dominate otherwise.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s == " " || (0x09...0x0D).contains(s.value) }
        return s.properties.isWhitespace
    }

    /// Whether a month, weekday or ordinal name (`DateNormalizer`) starts with this ASCII
    /// letter, in either case: a, d, f, j, m, n, o, r, s, t, w.
    @inline(__always)
    static func namesStartWith(_ s: Unicode.Scalar) -> Bool {
        switch s.value | 0x20 {
        case 0x61, 0x64, 0x66, 0x6A, 0x6D, 0x6E, 0x6F, 0x72, 0x73, 0x74, 0x77: return true
        default: return false
        }
    }

    /// `isAlphabetic` with an ASCII fast path.
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return (0x61...0x7A).contains(s.value | 0x20) }
        return s.properties.isAlphabetic
    }
}

extension Array where Element == DateToken {
    subscript(safe index: Int) -> DateToken? {
        index >= 0 && index < count ? self[index] : nil
    }

    func number(at index: Int, digits allowed: ClosedRange<Int>) -> Int? {
        guard case .number(let value, let digits)? = self[safe: index]?.kind, allowed.contains(digits) else { return nil }
        return value
    }

    func isPunct(_ scalar: Unicode.Scalar, at index: Int) -> Bool {
        self[safe: index]?.kind == .punct(scalar)
    }

    func word(at index: Int) -> String? {
        guard case .word(let word)? = self[safe: index]?.kind else { return nil }
        return word
    }
}
