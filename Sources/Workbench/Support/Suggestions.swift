/// "Did you mean …?" — the closest candidates to a misspelt name.
public enum Suggestions {
    /// Candidates within a small edit distance of `word`, nearest first; ties by name.
    public static func closest(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
        let target = Array(word.lowercased())
        let threshold = max(2, target.count / 3)
        let scored = candidates.compactMap { candidate -> (Int, String)? in
            let lower = candidate.lowercased()
            if lower.hasPrefix(word.lowercased()) && !word.isEmpty { return (0, candidate) }
            let distance = editDistance(target, Array(lower))
            return distance <= threshold ? (distance, candidate) : nil
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.1)
    }

    /// "did you mean 'a'?" or "did you mean 'a' or 'b'?", nil when nothing is close.
    public static func didYouMean(_ word: String, in candidates: [String], quote: String = "'") -> String? {
        let near = closest(to: word, in: candidates)
        guard !near.isEmpty else { return nil }
        let quoted = near.map { quote + $0 + quote }
        if quoted.count == 1 { return "did you mean \(quoted[0])?" }
        return "did you mean " + quoted.dropLast().joined(separator: ", ") + " or " + quoted[quoted.count - 1] + "?"
    }

    /// Levenshtein distance with transpositions counted as one edit.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
