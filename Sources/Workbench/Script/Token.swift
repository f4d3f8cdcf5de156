/// A word of a statement: literal text and `$NAME` references, expanded when it runs.
public struct Word: Sendable, Equatable {
    public enum Part: Sendable, Equatable {
        case literal(String)
        case variable(String)
    }

    public var parts: [Part]
    /// Written in quotes: never an option, a keyword or an operator, even if it looks like one.
    public var quoted: Bool
    public var location: SourceLocation

    public init(parts: [Part], quoted: Bool, location: SourceLocation) {
        self.parts = parts
        self.quoted = quoted
        self.location = location
    }

    public init(_ text: String, quoted: Bool = false, at location: SourceLocation) {
        self.init(parts: [.literal(text)], quoted: quoted, location: location)
    }

    /// The text with no variables expanded, or nil when it has a variable.
    public var literal: String? {
        var text = ""
        for part in parts {
            guard case .literal(let s) = part else { return nil }
            text += s
        }
        return text
    }

    /// The variable's name when the word is exactly one `$NAME` and unquoted.
    public var soleVariable: String? {
        if !quoted, parts.count == 1, case .variable(let name) = parts[0] { return name }
        return nil
    }

    /// How the word looked, for messages: variables as `$NAME`.
    public var display: String {
        parts.map { part -> String in
            switch part {
            case .literal(let s): return s
            case .variable(let name): return "$" + name
            }
        }.joined()
    }
}

/// A lexical token of the wb language.
public enum Token: Sendable, Equatable {
    case word(Word)
    /// `|`
    case pipe(SourceLocation)
    /// `>` outside quotes: a redirect, or a comparison operator right after `where COL`.
    case greater(SourceLocation)
    /// A newline or `;`: the end of a statement.
    case end(SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .word(let w): return w.location
        case .pipe(let l), .greater(let l), .end(let l): return l
        }
    }
}
