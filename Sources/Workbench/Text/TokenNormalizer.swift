/// A token's normalised form, as UTF-8 bytes: lower case, with the typographic variants
/// that news text mixes freely folded to one spelling, so that `Japan’s`/`Japan's` and
/// `non‑combat`/`non-combat` count as the same word.
///
/// Folds: ’ ‘ ʼ ′ → `'`; hyphens, en and em dashes, minus → `-`; “ ” „ « » ″ → `"`;
/// `…` → `...`; soft hyphens and zero-width characters are dropped.
enum TokenNormalizer {
    /// Appends the normalised bytes of `s[start..<end]` to `out`.
    @inline(__always)
    static func append(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, to out: inout [UInt8]) {
        var i = start
        while i < end {
            let v = s[i].value
            if v < 128 {
                out.append(UInt8(truncatingIfNeeded: v &- 65 < 26 ? v + 32 : v))
            } else {
                appendSlow(s[i], to: &out)
            }
            i += 1
        }
    }

    static func appendSlow(_ c: Unicode.Scalar, to out: inout [UInt8]) {
        switch c.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x02BC, 0x2032: out.append(UInt8(ascii: "'"))
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: out.append(UInt8(ascii: "-"))
        case 0x201C...0x201F, 0x00AB, 0x00BB, 0x2033: out.append(UInt8(ascii: "\""))
        case 0x2026: out.append(contentsOf: [46, 46, 46])
        case 0x00AD, 0x200B...0x200D, 0xFEFF: break
        default:
            if c.properties.changesWhenLowercased {
                out.append(contentsOf: c.properties.lowercaseMapping.utf8)
            } else {
                UTF8.encode(c) { out.append($0) }
            }
        }
    }

    /// The normalised form of a whole string (for query terms and stop-word lists).
    static func normalize(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out: [UInt8] = []
        scalars.withUnsafeBufferPointer { append($0, 0, $0.count, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a normalised form is stemmed: words only (starting with a letter), not
    /// abbreviations, addresses, numbers or punctuation, whose stem is the form itself.
    static func isStemmable(_ form: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = form.first else { return false }
        let startsWithLetter = first &- 97 < 26 || first >= 0xC0
        return startsWithLetter && !form.contains(where: { $0 == 46 || $0 == 64 || $0 == 47 || $0 == 58 })
    }
}
