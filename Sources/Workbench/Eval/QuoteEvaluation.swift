/// Scores predicted quotes against PolNeAR attributions.
///
/// Two subsets: attributions whose content has quote marks (scored against direct and mixed
/// predictions) and all attributions (against every prediction). Content: a gold
/// attribution is found when a prediction overlaps one of its content spans (overlap), or
/// equals one after trimming quote marks, spaces and a final comma (exact). Speaker: among
/// found attributions with a source, right when the prediction's speaker mention overlaps the
/// gold source, or its canonical speaker contains the source's head (last) word.
struct QuoteEvaluation {
    struct Prediction {
        var content: Range<Int>
        var kind: String
        var speaker: Range<Int>?
        var speakerName: String?
        var cue: Range<Int>?
    }

    struct Scores {
        var predicted = 0
        var predictedRightOverlap = 0
        var predictedRightExact = 0
        var gold = 0
        var foundOverlap = 0
        var foundExact = 0
        var speakerRight = 0
        var speakerJudged = 0
        var goldWithSource = 0
        var cue = SpanScores()

        var overlapPrecision: Double { ratio(predictedRightOverlap, predicted) }
        var exactPrecision: Double { ratio(predictedRightExact, predicted) }
        var overlapRecall: Double { ratio(foundOverlap, gold) }
        var exactRecall: Double { ratio(foundExact, gold) }
        var overlapF1: Double { QuoteEvaluation.f1(overlapPrecision, overlapRecall) }
        var exactF1: Double { QuoteEvaluation.f1(exactPrecision, exactRecall) }
        /// Right speakers among found attributions that have a source.
        var speakerAccuracy: Double { ratio(speakerRight, speakerJudged) }
        /// Right speakers among all attributions that have a source (a miss counts as wrong).
        var speakerRecall: Double { ratio(speakerRight, goldWithSource) }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    }

    static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

    var quoted = Scores()
    var all = Scores()

    mutating func add(text: [Unicode.Scalar], gold: [PolNeARGold.Attribution], predicted: [Prediction]) {
        let allContent = gold.flatMap(\.content)
        score(&quoted, text: text, gold: gold.filter(\.hasQuoteMarks), predicted: predicted.filter { $0.kind != "indirect" },
              anyGoldContent: allContent)
        score(&all, text: text, gold: gold, predicted: predicted, anyGoldContent: allContent)
    }

    private func score(_ s: inout Scores, text: [Unicode.Scalar], gold: [PolNeARGold.Attribution], predicted: [Prediction],
                       anyGoldContent: [Range<Int>]) {
        let normalizedGold = anyGoldContent.map { trim($0, text) }
        for p in predicted {
            s.predicted += 1
            if anyGoldContent.contains(where: { $0.overlaps(p.content) }) { s.predictedRightOverlap += 1 }
            if normalizedGold.contains(trim(p.content, text)) { s.predictedRightExact += 1 }
        }
        for g in gold {
            s.gold += 1
            if !g.source.isEmpty { s.goldWithSource += 1 }
            let matches = predicted.filter { p in g.content.contains { $0.overlaps(p.content) } }
            guard !matches.isEmpty else { continue }
            s.foundOverlap += 1
            let exact = !g.content.isEmpty && g.content.allSatisfy { span in
                predicted.contains { trim($0.content, text) == trim(span, text) }
            }
            if exact { s.foundExact += 1 }
            guard !g.source.isEmpty else { continue }
            s.speakerJudged += 1
            let best = matches.max { overlap($0.content, g.content) < overlap($1.content, g.content) }
            if let best, speakerIsRight(best, g, text) { s.speakerRight += 1 }
        }
        let cueScores = SpanMatching.score(predicted: predicted.compactMap(\.cue), gold: gold.flatMap { $0.cue.prefix(1) }, match: .overlap)
        s.cue = s.cue + cueScores
    }

    private func speakerIsRight(_ p: Prediction, _ g: PolNeARGold.Attribution, _ text: [Unicode.Scalar]) -> Bool {
        if let speaker = p.speaker, g.source.contains(where: { $0.overlaps(speaker) }) { return true }
        guard let name = p.speakerName?.lowercased(), let source = g.sourceText else { return false }
        let head = source.split(whereSeparator: { !$0.isLetter && $0 != "-" }).last.map { $0.lowercased() } ?? ""
        return !head.isEmpty && name.split(separator: " ").contains { $0 == head }
    }

    private func overlap(_ a: Range<Int>, _ spans: [Range<Int>]) -> Int {
        spans.reduce(0) { $0 + max(0, min(a.upperBound, $1.upperBound) - max(a.lowerBound, $1.lowerBound)) }
    }

    /// The span without quote marks, white space and a final comma at its ends.
    private func trim(_ range: Range<Int>, _ text: [Unicode.Scalar]) -> Range<Int> {
        var lo = max(0, range.lowerBound), hi = min(text.count, range.upperBound)
        func isEdge(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace || QuoteMarks.isDoubleMark(s) || s == "," }
        while lo < hi, isEdge(text[lo]) { lo += 1 }
        while hi > lo, isEdge(text[hi - 1]) { hi -= 1 }
        return lo..<hi
    }
}

