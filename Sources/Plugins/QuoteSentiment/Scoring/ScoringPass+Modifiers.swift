import Workbench

/// What modifies a sentiment word once it is found (intensifiers, capitals, negation,
/// hedges), and the look-ahead checks the word rules ask.
extension ScoringPass {
    /// Intensifiers, capitals, negation and hedge, in that order.
    mutating func modify(_ contribution: inout Contribution, valence: Float, flags: TokenFlags, token i: Int, wordCount: Int,
                         countsAsSpent: Bool) {
        for k in 0..<intensifiers.count {
            let modifier = intensifiers[k]
            let distance = words - wordCount - modifier.word
            guard distance < rules.intensifierFade.count else { continue }
            contribution.apply(.intensifier, 1 + modifier.intensity * rules.intensifierFade[max(0, distance)], trigger: modifier.token, explain: explain)
        }
        intensifiers.removeAll()
        if flags.contains(capitalizedFlag), text.isAllCaps(tokens, i) { contribution.inCapitals = true }
        if i == prefixNegated {
            contribution.apply(.negation, contribution.value > 0 ? rules.negatePositive : rules.negateNegative, trigger: i - 2, explain: explain)
        }
        if negator >= 0 && negationWords < rules.negationReach
            && (!negationSpent || previousWordRoles.contains(.coordinator)) {
            let sign = contribution.value > 0
            contribution.apply(.negation, sign ? rules.negatePositive : rules.negateNegative, trigger: negator, explain: explain)
            negationUsed = true
            if countsAsSpent { negationSpent = true }
        } else if negator >= 0 && negationWords < rules.negationReach && negationSpent {
            // What the negated word governs: `not welcome further engagement`.
            contribution.apply(.negatedObject, rules.negatedObject, trigger: negator, explain: explain)
        }
        if hedge < 1 { contribution.apply(.hedge, hedge, trigger: hedgeToken, explain: explain) }
        negationWords += wordCount
    }

    /// Whether the next word carries sentiment (or intensifies).
    func followedBySentiment(_ next: Int) -> Bool {
        guard next < range.upperBound, tokens.classes[next] == .word else { return false }
        let entry = termEntry(next)
        return entry.valence != 0 || entry.roles.contains(.intensifier)
    }

    /// A single word ending in `-ly`.
    func isAdverb(_ i: Int, _ stop: Int) -> Bool {
        guard stop - i == 1 else { return false }
        let form = terms.forms.utf8(tokens.normalized[i])
        return form.count > 3 && form.suffix(2).elementsEqual([108, 121])
    }

    func nextIsCapitalized(_ next: Int) -> Bool {
        next < range.upperBound && tokens.classes[next] == .word && tokens.flags[next].contains(capitalizedFlag)
            && tokens.end(next) - tokens.start(next) > 1
    }
}
