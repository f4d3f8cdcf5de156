/// What a punctuation token does at a possible sentence end, read from its normalised form
/// (so quotes are already folded to `"` and `'`, dashes to `-`, `…` to `...`).
enum PunctuationRole: UInt8, Sendable {
    case none
    /// `.`
    case fullStop
    /// `?`, `!` (and `‼`, `⁇`, `。`)
    case strongStop
    /// `...` or `…`: ends a sentence only before a clear sentence opener.
    case ellipsis
    /// `"` and `'`: opening or closing, told apart by what touches them.
    case quote
    /// `)`, `]`, `}`
    case closer
    /// `(`, `[`, `{`
    case opener
    /// `,`, `;`, `:` — the sentence goes on.
    case continuer
    /// `•`, `·`, `▪`, `◦`, `‣`, `●`, `○`, `■`, `□`, `►`, `▶`, `*`: a list item at a line start.
    case bullet
    /// `-`, `--`: a list item at a line start; a dateline's end at a line end.
    case dash

    /// The role of every normalised form, indexed by id.
    static func table(for vocabulary: Vocabulary) -> [PunctuationRole] {
        (0..<vocabulary.count).map { role(of: vocabulary.utf8(Int32($0))) }
    }

    static func role(of form: ArraySlice<UInt8>) -> PunctuationRole {
        guard let first = form.first else { return .none }
        if first < 128 {
            if form.count >= 2 && form.allSatisfy({ $0 == 46 }) { return .ellipsis }
            if form.count >= 2 && form.allSatisfy({ $0 == 45 }) { return .dash }
            guard form.count == 1 else { return .none }
            switch first {
            case UInt8(ascii: "."): return .fullStop
            case UInt8(ascii: "?"), UInt8(ascii: "!"): return .strongStop
            case UInt8(ascii: "\""), UInt8(ascii: "'"): return .quote
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): return .closer
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): return .opener
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"): return .continuer
            case UInt8(ascii: "*"): return .bullet
            case UInt8(ascii: "-"): return .dash
            default: return .none
            }
        }
        let text = String(decoding: form, as: UTF8.self)
        switch text {
        case "‼", "⁇", "⁈", "⁉", "。", "？", "！": return .strongStop
        case "•", "·", "▪", "◦", "‣", "⁃", "●", "○", "■", "□", "►", "▶", "✓", "✔": return .bullet
        default: return .none
        }
    }
}
