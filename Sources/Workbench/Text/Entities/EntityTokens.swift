/// One document's tokens as the recogniser reads them: the token arrays, the text's scalars
/// (for capitalisation inside a token and for mention texts), and each token's normalised
/// form as a string (shared with the vocabulary, so no copy per token) for gazetteer lookups.
///
/// A class, so that the scanner, linker and role finder share one copy rather than retaining
/// its dozen arrays at every copy.
final class EntityTokens {
    let tokens: DocumentTokens
    let scalars: [Unicode.Scalar]
    let vocabulary: EntityVocabulary

    init(tokens: DocumentTokens, scalars: [Unicode.Scalar], vocabulary: EntityVocabulary) {
        self.tokens = tokens
        self.scalars = scalars
        self.vocabulary = vocabulary
    }

    var count: Int { tokens.count }

    @inline(__always) func id(_ i: Int) -> Int32 { tokens.normalized[i] }
    @inline(__always) func form(_ i: Int) -> String { vocabulary.forms[Int(tokens.normalized[i])] }
    @inline(__always) func has(_ i: Int, _ fact: WordFacts) -> Bool { vocabulary.has(tokens.normalized[i], fact) }
    @inline(__always) func start(_ i: Int) -> Int { Int(tokens.start(i)) }
    @inline(__always) func end(_ i: Int) -> Int { Int(tokens.end(i)) }

    /// A capitalised word or abbreviation (`Japan`, `U.S.`, `Dr.`): what names are made of.
    @inline(__always) func isCapitalized(_ i: Int) -> Bool {
        let c = tokens.classes[i]
        return (c == .word || c == .abbreviation) && tokens.flags[i].contains(.capitalized)
    }

    /// A lowercase connector inside a name (`of`, `for`, `de`).
    @inline(__always) func isConnector(_ i: Int) -> Bool {
        !tokens.flags[i].contains(.capitalized) && vocabulary.has(tokens.normalized[i], .connector)
    }

    /// Every letter upper case, at least two of them (`NATO`, `SDF`, `U.S.`): an acronym.
    func isAllCaps(_ i: Int) -> Bool {
        var letters = 0
        for k in start(i)..<end(i) {
            let s = scalars[k]
            if s.isASCII {
                if ("a"..."z").contains(s) { return false }
                if ("A"..."Z").contains(s) { letters += 1 }
            } else if s.properties.isLowercase {
                return false
            } else if s.properties.isAlphabetic {
                letters += 1
            }
        }
        return letters >= 2
    }

    /// The letters of an acronym token, upper case, without its full stops (`U.S.` → `US`).
    func acronymLetters(_ i: Int) -> String {
        var view = String.UnicodeScalarView()
        for k in start(i)..<end(i) where scalars[k].properties.isAlphabetic { view.append(scalars[k]) }
        return String(view).uppercased()
    }

    /// A capital letter after the first that no name prefix explains (`TimeWarner`, `MPs`,
    /// but not `McCain`, `MacArthur`, `O'Brien`, `DeLay`): a brand or a plural, not a person.
    func hasInnerCapital(_ i: Int) -> Bool {
        let lo = start(i), hi = end(i)
        guard hi - lo > 2 else { return false }
        for k in (lo + 1)..<hi {
            let s = scalars[k]
            let upper = s.isASCII ? ("A"..."Z").contains(s) : s.properties.isUppercase
            guard upper else { continue }
            // Only a few short prefixes are allowed, so build the string only for those.
            guard k - lo <= 4 else { return true }
            let prefix = String(String.UnicodeScalarView(scalars[lo..<k]))
            if EntityTokens.namePrefixes.contains(prefix) { continue }
            return true
        }
        return false
    }

    private static let namePrefixes: Set<String> = ["Mc", "Mac", "De", "Di", "La", "Le", "Van", "Von", "Fitz", "O'", "O’", "D'", "D’"]

    /// The text of tokens `range` with any run of whitespace (a line break inside a name)
    /// written as one space.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(from: start(range.lowerBound), to: end(range.upperBound - 1))
    }

    func text(from lo: Int, to hi: Int) -> String {
        guard lo < hi else { return "" }
        // Most mentions hold no whitespace but single spaces: copy them straight.
        var plain = true
        for k in lo..<hi {
            let v = scalars[k].value
            if v == 32 ? (k + 1 < hi && scalars[k + 1].value == 32) : EntityTokens.isSpace(scalars[k]) { plain = false; break }
        }
        if plain && !EntityTokens.isSpace(scalars[lo]) && !EntityTokens.isSpace(scalars[hi - 1]) {
            return ScalarDecoder.string(scalars[lo..<hi])
        }
        var view = String.UnicodeScalarView()
        var space = false
        for k in lo..<hi {
            let s = scalars[k]
            if EntityTokens.isSpace(s) {
                space = true
            } else {
                if space && !view.isEmpty { view.append(" ") }
                space = false
                view.append(s)
            }
        }
        return String(view)
    }

    @inline(__always)
    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s == " " || ("\t"..."\r").contains(s)) : s.properties.isWhitespace
    }

    /// The normalised forms of `range`, for gazetteer lookups bounded to it.
    func forms(_ range: Range<Int>) -> [String] { range.map(form) }
}
