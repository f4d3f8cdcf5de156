/// Shell-style wildcard matching of one path component: `*`, `?` and `[abc]`, `[a-z]`,
/// `[!abc]` (or `[^abc]`).
///
/// Our own matcher rather than `glob(3)` so that behaviour (sorting, `**`, hidden files) is
/// the same on every platform.
enum Wildcard {
    /// Whether a pattern component contains wildcard characters.
    static func isPattern(_ text: String) -> Bool {
        text.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    static func matches(_ pattern: String, _ name: String) -> Bool {
        let p = Array(pattern)
        let n = Array(name)
        var pi = 0
        var ni = 0
        var starP = -1
        var starN = 0
        while ni < n.count {
            if pi < p.count, p[pi] == "*" {
                starP = pi
                starN = ni
                pi += 1
            } else if pi < p.count, let next = matchOne(p, pi, n[ni]) {
                pi = next
                ni += 1
            } else if starP >= 0 {
                pi = starP + 1
                starN += 1
                ni = starN
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }

    /// If the pattern element at `pi` matches `c`, the index after that element.
    private static func matchOne(_ p: [Character], _ pi: Int, _ c: Character) -> Int? {
        switch p[pi] {
        case "?":
            return pi + 1
        case "[":
            var k = pi + 1
            var negate = false
            if k < p.count, p[k] == "!" || p[k] == "^" { negate = true; k += 1 }
            var matched = false
            var first = true
            while k < p.count, p[k] != "]" || first {
                first = false
                if k + 2 < p.count, p[k + 1] == "-", p[k + 2] != "]" {
                    if p[k] <= c && c <= p[k + 2] { matched = true }
                    k += 3
                } else {
                    if p[k] == c { matched = true }
                    k += 1
                }
            }
            guard k < p.count else { return p[pi] == c ? pi + 1 : nil }  // no closing ']': literal '['
            return matched != negate ? k + 1 : nil
        default:
            return p[pi] == c ? pi + 1 : nil
        }
    }
}
