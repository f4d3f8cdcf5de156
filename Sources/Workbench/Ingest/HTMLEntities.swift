/// Decoding of HTML character references: `&#8217;`, `&#x2019;` and the named entities that
/// actually occur in news and policy pages.
///
/// A full HTML5 table has over 2,000 names; the ones below cover punctuation, currency and
/// Latin-1 letters. An unknown name is left as written rather than guessed.
enum HTMLEntities {
    /// Decodes the reference starting at `scalars[start]` (which is `&`). Returns the decoded
    /// text and the index just past the reference, or nil when it is not a reference.
    static func decode(_ scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var i = start + 1
        guard i < scalars.count else { return nil }
        if scalars[i] == "#" {
            i += 1
            var hex = false
            if i < scalars.count, scalars[i] == "x" || scalars[i] == "X" { hex = true; i += 1 }
            let digitsStart = i
            var value: UInt32 = 0
            while i < scalars.count, i - digitsStart < 8, let digit = Character(scalars[i]).hexDigitValue,
                  hex || digit < 10 {
                value = value * (hex ? 16 : 10) + UInt32(digit)
                i += 1
            }
            guard i > digitsStart else { return nil }
            if i < scalars.count, scalars[i] == ";" { i += 1 }
            return (String(numericScalar(value)), i)
        }
        let nameStart = i
        while i < scalars.count, i - nameStart < 32, scalars[i].properties.isAlphabetic || ("0"..."9").contains(scalars[i]) {
            i += 1
        }
        guard i > nameStart, i < scalars.count, scalars[i] == ";" else { return nil }
        var name = ""
        name.unicodeScalars.append(contentsOf: scalars[nameStart..<i])
        guard let value = named[name] else { return nil }
        return (value, i + 1)
    }

    /// Invalid code points (NUL, surrogates, beyond U+10FFFF) become U+FFFD, as browsers do;
    /// the C1 range takes its Windows-1252 meaning, which is what such pages intended.
    static func numericScalar(_ value: UInt32) -> Character {
        if (0x80...0x9F).contains(value), let mapped = windows1252[value] { return mapped }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return Character(scalar)
    }

    private static let windows1252: [UInt32: Character] = [
        0x80: "€", 0x82: "‚", 0x84: "„", 0x85: "…", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”",
        0x95: "•", 0x96: "–", 0x97: "—", 0x99: "™",
    ]

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”",
        "bdquo": "„", "hellip": "…", "bull": "•", "middot": "·", "laquo": "«", "raquo": "»",
        "lsaquo": "‹", "rsaquo": "›", "prime": "′", "Prime": "″", "dagger": "†", "Dagger": "‡",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "sup1": "¹", "sup2": "²", "sup3": "³",
        "micro": "µ", "para": "¶", "sect": "§", "iexcl": "¡", "iquest": "¿", "shy": "\u{AD}",
        "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "curren": "¤", "ordf": "ª", "ordm": "º",
        "not": "¬", "macr": "¯", "acute": "´", "cedil": "¸", "uml": "¨", "brvbar": "¦",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "lrm": "\u{200E}", "rlm": "\u{200F}", "minus": "−", "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ",
        "Ccedil": "Ç", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë", "Igrave": "Ì", "Iacute": "Í",
        "Icirc": "Î", "Iuml": "Ï", "ETH": "Ð", "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô",
        "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø", "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü",
        "Yacute": "Ý", "THORN": "Þ", "szlig": "ß", "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã",
        "auml": "ä", "aring": "å", "aelig": "æ", "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê",
        "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï", "eth": "ð", "ntilde": "ñ",
        "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö", "oslash": "ø", "ugrave": "ù",
        "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý", "thorn": "þ", "yuml": "ÿ",
        "OElig": "Œ", "oelig": "œ", "Scaron": "Š", "scaron": "š", "Yuml": "Ÿ", "fnof": "ƒ",
        "circ": "ˆ", "tilde": "˜",
    ]
}
