/// Fast questions about one scalar, for the tokenizer's hot loop.
///
/// ASCII (nearly every scalar of English news) is answered with integer compares;
/// only other scalars pay for a Unicode property lookup.
enum ScalarKind {
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return c.properties.isWhitespace
    }

    /// Ends a line: `\n`, `\r`, vertical tab, form feed, NEL, line and paragraph separators.
    @inline(__always)
    static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 10 && v <= 13) || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v &- 48 < 10 }
        return c.properties.numericType == .decimal
    }

    @inline(__always)
    static func isASCIIAlnum(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v &- 97 < 26 || v &- 65 < 26 || v &- 48 < 10
    }

    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v &- 97 < 26 || v &- 65 < 26 }
        return c.properties.isAlphabetic
    }

    /// Letters, digits and combining marks: what a word is made of.
    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v &- 97 < 26 || v &- 65 < 26 || v &- 48 < 10 }
        return slowIsWordScalar(c)
    }

    static func slowIsWordScalar(_ c: Unicode.Scalar) -> Bool {
        let p = c.properties
        if p.isAlphabetic { return true }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return true
        default: return c.value == 0xAD  // a soft hyphen stays inside its word
        }
    }

    @inline(__always)
    static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v &- 65 < 26 }
        return c.properties.isUppercase || c.properties.generalCategory == .titlecaseLetter
    }

    @inline(__always)
    static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v &- 97 < 26 }
        return c.properties.isLowercase
    }

    /// Straight, curly right single quote and modifier apostrophe: `don’t`, `O'Brien`.
    @inline(__always)
    static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0x27 || v == 0x2019 || v == 0x2BC
    }

    /// Punctuation or symbol? ASCII by a fixed list (so `$ % & #` are symbols, as users
    /// expect); other scalars by their Unicode general category.
    static func punctuationClass(_ c: Unicode.Scalar) -> TokenClass {
        let v = c.value
        if v < 128 {
            switch c {
            case "!", "\"", "'", "(", ")", ",", "-", ".", ":", ";", "?", "[", "]", "{", "}": return .punctuation
            default: return .symbol
            }
        }
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        default:
            return .symbol
        }
    }
}
