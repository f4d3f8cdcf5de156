/// URLs and e-mail addresses, kept whole so that their dots and slashes neither split words
/// nor end sentences.
extension Tokenizer {
    /// Endings that make `x.y` a web address rather than two words with a missing space.
    /// Short on purpose: `said.In` must stay two words and a stop.
    static let domainEndings: Set<String> = ["com", "net", "org", "int", "gov", "edu", "mil", "info", "biz", "io", "eu", "uk"]

    /// A URL or e-mail address starting at `i` (an ASCII letter or digit), if there is one.
    /// When there is none, `alnumEnd` is where the run of ASCII letters and digits from `i`
    /// ends (or `i`), so that `scanWord` need not read that run again.
    static func scanAddress(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, alnumEnd: inout Int) -> (Int, TokenClass)? {
        let n = s.count
        let c = s[i]
        // (The second letter first: most words starting with h or w are not addresses.)
        if i + 1 < n, (c == "h" && s[i + 1].value | 0x20 == 0x74 && (hasPrefix(s, i, "http://") || hasPrefix(s, i, "https://")))
            || (c == "w" && s[i + 1].value | 0x20 == 0x77 && hasPrefix(s, i, "www.")) {
            return (trimAddressEnd(s, i, scanToSpace(s, i)), .url)
        }
        // Most words end at a character no address has next: no address then.
        var j = i
        while j < n, ScalarKind.isASCIIAlnum(s[j]) { j += 1 }
        alnumEnd = j
        if j >= n || !isAddressScalar(s[j]) && s[j] != "@" { return nil }
        // The chunk of characters an address or its local part may hold.
        j = i
        var dots = 0
        while j < n, isAddressScalar(s[j]) {
            if s[j] == "." { dots += 1 }
            j += 1
        }
        if j + 1 < n, s[j] == "@", ScalarKind.isASCIIAlnum(s[j + 1]) {
            var k = j + 1
            var domainDots = 0
            while k < n, ScalarKind.isASCIIAlnum(s[k]) || s[k] == "-" || s[k] == "." {
                if s[k] == "." { domainDots += 1 }
                k += 1
            }
            while k > j + 1, s[k - 1] == "." || s[k - 1] == "-" { k -= 1; if s[k] == "." { domainDots -= 1 } }
            return domainDots > 0 ? (k, .email) : nil
        }
        guard dots > 0 else { return nil }
        // A bare domain: `nato.int`, `news.bbc.co.uk`, optionally with a path.
        var end = j
        while end > i, s[end - 1] == "." { end -= 1 }
        var lastDot = end - 1
        while lastDot > i, s[lastDot] != "." { lastDot -= 1 }
        guard lastDot > i, end - lastDot - 1 >= 2, end - lastDot - 1 <= 4 else { return nil }
        let ending = string(s, lastDot + 1, end)
        guard domainEndings.contains(ending), s[i..<lastDot].allSatisfy({ $0 != "@" && $0 != "_" }) else { return nil }
        if end == j, j < n, s[j] == "/" { return (trimAddressEnd(s, i, scanToSpace(s, j)), .url) }
        return (end, .url)
    }

    private static func isAddressScalar(_ c: Unicode.Scalar) -> Bool {
        ScalarKind.isASCIIAlnum(c) || c == "." || c == "-" || c == "_" || c == "+" || c == "%"
    }

    private static func hasPrefix(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard i + count <= s.count else { return false }
        return prefix.withUTF8Buffer { bytes in
            (0..<count).allSatisfy { k in
                let v = s[i + k].value
                let lower = v &- 65 < 26 ? v + 32 : v
                return lower == UInt32(bytes[k])
            }
        }
    }

    /// Up to whitespace, a quote mark, an angle bracket or a non-ASCII scalar.
    private static func scanToSpace(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Int {
        var j = i
        while j < s.count {
            let v = s[j].value
            if v <= 32 || v >= 127 || v == 34 || v == 60 || v == 62 { break }
            j += 1
        }
        return j
    }

    /// Drops sentence punctuation stuck to an address's end (`see nato.int.`, `(www.x.org)`),
    /// keeping a closing bracket that has its opening one inside.
    private static func trimAddressEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start + 1 {
            let c = s[end - 1]
            if c == ")" && s[start..<end].contains("(") { break }
            if ".,;:!?')]}".unicodeScalars.contains(c) { end -= 1 } else { break }
        }
        return end
    }
}
