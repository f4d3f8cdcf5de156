import Foundation
import Workbench

extension ScoringPass {
    /// Cross-clause rules, the total and the shares. The rules change the contributions in
    /// place; they are returned only when `explain`.
    mutating func finish() -> SentimentScore {
        // No sentiment word (many units): what the rules below come to with a total of 0
        // (the shares stay at their defaults: neutral 1).
        if contributions.isEmpty {
            var result = SentimentScore()
            result.exclamations = min(exclamations, rules.maxExclamations)
            result.compound = 0 / rules.alpha.squareRoot()
            return result
        }
        let explain = self.explain
        for mark in contrasts {
            for c in contributions.indices {
                let s = Int(contributions[c].sentence)
                if c < mark.contribution {
                    if s == mark.sentence || (mark.sentenceInitial && s == mark.sentence - 1) {
                        contributions[c].apply(.contrastBefore, rules.beforeContrast, trigger: mark.token, explain: explain)
                    }
                } else if s == mark.sentence {
                    contributions[c].apply(.contrastAfter, rules.afterContrast, trigger: mark.token, explain: explain)
                }
            }
        }
        if !concessions.isEmpty {
            for c in contributions.indices {
                if let concession = concessions.first(where: { $0.clause == Int(contributions[c].clause) }) {
                    contributions[c].apply(.concession, rules.inConcession, trigger: concession.token, explain: explain)
                } else if let concession = concessions.first(where: { $0.sentence == Int(contributions[c].sentence) }) {
                    contributions[c].apply(.mainClause, rules.besideConcession, trigger: concession.token, explain: explain)
                }
            }
        }
        for c in contributions.indices where questionSentences.contains(Int(contributions[c].sentence)) {
            contributions[c].apply(.question, rules.question, trigger: nil, explain: explain)
        }
        if wordFlags & lowercaseFlag.rawValue != 0 {
            for c in contributions.indices where contributions[c].inCapitals {
                contributions[c].apply(.capitals, rules.capitals, trigger: nil, explain: explain)
            }
        }

        var result = SentimentScore()
        var total = 0.0, positive = 0.0, negative = 0.0
        for c in contributions {
            let v = Double(c.value)
            total += v
            if v > 0 { positive += v } else { negative -= v }
        }
        // Sentences that hold words, for damping long units.
        // Contributions come in sentence order: count the changes.
        var sentences = 0, last: Int32 = -1
        for c in contributions where c.sentence != last {
            sentences += 1
            last = c.sentence
        }
        result.sentences = sentences
        if sentences > 1 && rules.sentenceDamping > 0 {
            let scale = 1 / pow(Double(sentences), rules.sentenceDamping)
            total *= scale
        }
        result.exclamations = min(exclamations, rules.maxExclamations)
        if total != 0 && result.exclamations > 0 {
            result.emphasis = Double(rules.exclamation) * Double(result.exclamations) * (total > 0 ? 1 : -1)
            total += result.emphasis
            if result.emphasis > 0 { positive += result.emphasis } else { negative -= result.emphasis }
        }
        let neutralWords = Double(max(0, words - wordsWithSentiment))
        let all = positive + negative + neutralWords
        result.total = total
        result.compound = total / (total * total + rules.alpha).squareRoot()
        if all > 0 {
            result.positive = positive / all
            result.negative = negative / all
            result.neutral = neutralWords / all
        }
        if explain { result.contributions = contributions }
        return result
    }
}
