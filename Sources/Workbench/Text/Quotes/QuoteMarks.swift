/// Which double quotation marks open, close, or could do either.
///
/// News text mixes curly marks (“ ”), straight ones ("), low-9 („) and guillemets (« »);
/// half of the PolNeAR articles use straight marks. A straight mark's role is read from its
/// neighbours, and failing that from whether a quote is open.
enum QuoteMarks {
    enum Role: Equatable { case open, close, either }

    static func isDoubleMark(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}", "\u{201F}": return true
        default: return false
        }
    }

    /// The role of the mark at `i`, from the mark itself and the characters around it.
    static func role(of scalars: [Unicode.Scalar], at i: Int, lower: Int, upper: Int) -> Role {
        let before: Unicode.Scalar? = i > lower ? scalars[i - 1] : nil
        let after: Unicode.Scalar? = i + 1 < upper ? scalars[i + 1] : nil
        let spaceBefore = before.map(isOpeningContext) ?? true
        let spaceAfter = after.map(isClosingContext) ?? true
        switch scalars[i] {
        case "\u{201C}", "\u{201E}", "\u{00AB}", "\u{201F}":
            // Some writers use “ for both; one glued to a word on its left with space on
            // its right closes.
            return !spaceBefore && spaceAfter && !(after.map(isWordStart) ?? false) ? .close : .open
        case "\u{201D}", "\u{00BB}":
            return spaceBefore && !spaceAfter ? .either : .close
        default:
            if spaceBefore && !spaceAfter { return .open }
            if !spaceBefore && spaceAfter { return .close }
            return .either
        }
    }

    /// Whitespace, start of text, or an opening bracket/dash: what precedes an opening mark.
    static func isOpeningContext(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || "([{—–-/:".unicodeScalars.contains(s) || s == "\u{2018}"
    }

    /// Whitespace or punctuation: what follows a closing mark.
    static func isClosingContext(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || ".,;:!?)]}—–-…".unicodeScalars.contains(s) || s == "\u{2019}"
    }

    static func isWordStart(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
