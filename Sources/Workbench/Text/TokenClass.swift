/// What kind of token a span of text is. One byte per token in the token layer.
public enum TokenClass: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// Letters (and digits, internal hyphens and apostrophes): `Japan`, `non-combat`, `don’t`.
    case word
    /// A word with its full stop: titles and months (`Dr.`, `Nov.`), initials (`J.`),
    /// dotted acronyms (`U.S.`, `e.g.`), and `No.` before a number.
    case abbreviation
    /// Starts with a digit: `3`, `3.5`, `2,014`, `12:03`, `1990s`, `1.13bn`.
    case number
    /// The possessive clitic split off a word: the `’s` of `Japan’s`.
    case possessive
    /// Quotes, brackets, dashes, full stops, commas, ellipses (`…` or `...` as one token).
    case punctuation
    /// Currency, maths and other symbols: `$`, `£`, `%`, `&`, `|`.
    case symbol
    /// `https://…`, `www.…`, and bare domains with a common ending (`nato.int`).
    case url
    /// `name@example.org`.
    case email

    public var description: String {
        switch self {
        case .word: return "word"
        case .abbreviation: return "abbreviation"
        case .number: return "number"
        case .possessive: return "possessive"
        case .punctuation: return "punctuation"
        case .symbol: return "symbol"
        case .url: return "url"
        case .email: return "email"
        }
    }

    /// Counted by `freq` and matched as terms: not punctuation, symbols or clitics.
    public var isLexical: Bool {
        switch self {
        case .word, .abbreviation, .number, .url, .email: return true
        case .possessive, .punctuation, .symbol: return false
        }
    }
}

/// Facts about a token's surroundings and shape that sentence splitting needs; kept so
/// that it never has to look at the text again for them.
public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The first letter is upper or title case.
    public static let capitalized = TokenFlags(rawValue: 1 << 0)
    /// The first scalar is a lower-case letter.
    public static let lowercase = TokenFlags(rawValue: 1 << 1)
    /// The first token of a line (only whitespace before it since the last line break).
    public static let lineStart = TokenFlags(rawValue: 1 << 2)
    /// Whitespace (or the start of the text) comes right before the token.
    public static let spaceBefore = TokenFlags(rawValue: 1 << 3)
    /// An abbreviation that may also end a sentence (`U.S.`, `Nov.`, `etc.`), unlike a
    /// title (`Dr.`) or `No.` before a number, which never do.
    public static let mayEndSentence = TokenFlags(rawValue: 1 << 4)
}
