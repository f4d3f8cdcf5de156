/// Precision, recall and F1 of predicted spans against gold spans, matched exactly or by
/// overlap, one-to-one (each gold span is matched at most once, greedily in order).
public struct SpanScores: Sendable, Equatable {
    public var truePositives = 0
    public var predicted = 0
    public var gold = 0

    public init(truePositives: Int = 0, predicted: Int = 0, gold: Int = 0) {
        self.truePositives = truePositives
        self.predicted = predicted
        self.gold = gold
    }

    public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public static func + (a: SpanScores, b: SpanScores) -> SpanScores {
        SpanScores(truePositives: a.truePositives + b.truePositives, predicted: a.predicted + b.predicted, gold: a.gold + b.gold)
    }
}

public enum SpanMatch: String, Sendable, CaseIterable {
    case exact, overlap

    func matches(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        switch self {
        case .exact: return a == b
        case .overlap: return a.overlaps(b)
        }
    }
}

public enum SpanMatching {
    /// Scores predictions against gold spans of one document.
    public static func score(predicted: [Range<Int>], gold: [Range<Int>], match: SpanMatch) -> SpanScores {
        var used = [Bool](repeating: false, count: gold.count)
        var hits = 0
        for p in predicted.sorted(by: { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }) {
            if let g = gold.indices.first(where: { !used[$0] && match.matches(p, gold[$0]) }) {
                used[g] = true
                hits += 1
            }
        }
        return SpanScores(truePositives: hits, predicted: predicted.count, gold: gold.count)
    }

    /// Pairs each gold span with the predicted span matched to it (or nil), for per-item
    /// checks such as "was the speaker right for this quote?".
    public static func align(predicted: [Range<Int>], gold: [Range<Int>], match: SpanMatch) -> [Int?] {
        var used = [Bool](repeating: false, count: predicted.count)
        return gold.map { g in
            guard let p = predicted.indices.first(where: { !used[$0] && match.matches(predicted[$0], g) }) else { return nil }
            used[p] = true
            return p
        }
    }
}
