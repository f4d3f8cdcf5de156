import Workbench

/// One rule that fired for a tag, with where: what `coop.explain` shows and what the
/// evidence column lists.
public struct FiredRule: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// An area cue, counted (its weight added).
        case cue
        /// The cooperation cue that put a cue in context.
        case context
        /// Two actors named together, as context.
        case actors
        /// A negative cue (its weight subtracted).
        case negative
    }

    public var kind: Kind
    public var phrase: String
    public var weight: Double
    public var start: Int
    public var end: Int
}

/// An area found in one passage, before partners and graph nodes are attached.
struct PassageTag: Sendable {
    let area: Int
    let score: Double
    let rules: [FiredRule]
}

/// Two actor mentions joined by `and`, `-` or `with` (`Japan and NATO`, `NATO-Japan`):
/// actors on both sides, which the taxonomy may count as cooperation context.
struct ActorPair: Sendable {
    let first: Int
    let end: Int
    let start: Int
    let stop: Int
    let text: String
}

/// Decides the areas of one passage from the phrase matches, following the taxonomy's rules
/// (see the comment at the top of `coop_taxonomy.yaml`).
struct Tagger: Sendable {
    let taxonomy: Taxonomy
    let matcher: CueMatcher

    /// `text(start, end)` gives the words of a scalar range, for the rules' phrases.
    /// `names` are the word ranges of names (organisations, people): a cue of weight below 3
    /// strictly inside one (`Relations` in `Department of International Relations`) is part of
    /// a name, not a statement, and does not count.
    func tag(words: Words, tokens: DocumentTokens, pairs: [ActorPair], names: [Range<Int>], text: (Int, Int) -> String) -> [PassageTag] {
        let matches = matcher.matches(in: words)
        guard !matches.isEmpty else { return [] }
        func span(_ m: CueMatcher.Match) -> (Int, Int) {
            (Int(tokens.starts[words.tokens[m.first]]), Int(tokens.ends[words.tokens[m.end - 1]]))
        }
        var cues: [[CueMatcher.Match]] = Array(repeating: [], count: taxonomy.areas.count)
        var negatives: [[CueMatcher.Match]] = Array(repeating: [], count: taxonomy.areas.count)
        var context: [[CueMatcher.Match]] = Array(repeating: [], count: taxonomy.areas.count)
        var global: [CueMatcher.Match] = []
        for match in matches {
            switch matcher.phrases[match.phrase].role {
            case .cue(let area, let cue):
                let inName = taxonomy.areas[area].cues[cue].weight < 3
                    && names.contains { $0.lowerBound <= match.first && $0.upperBound >= match.end && $0.count > match.end - match.first }
                if !inName { cues[area].append(match) }
            case .negative(let area, _): negatives[area].append(match)
            case .context(let area, _):
                // A cooperation word inside a name (`ISAF Joint Command`) asserts nothing.
                if names.contains(where: { $0.lowerBound <= match.first && $0.upperBound >= match.end && $0.count > match.end - match.first }) {
                    continue
                }
                if let area { context[area].append(match) } else { global.append(match) }
            }
        }
        var result: [PassageTag] = []
        let window = taxonomy.contextWindow
        for (a, area) in taxonomy.areas.enumerated() where !cues[a].isEmpty {
            // A cue inside a longer cue of the same area counts as the longer one only.
            let found = cues[a].filter { m in
                !cues[a].contains { o in o.first <= m.first && o.end >= m.end && (o.end - o.first) > (m.end - m.first) }
            }
            let contexts = global + context[a]
            var counted: Set<Int> = []
            var rules: [FiredRule] = []
            var usedContext: Set<Int> = []
            var usedPairs: Set<Int> = []
            var score = 0.0
            for m in found {
                guard case .cue(_, let cueIndex) = matcher.phrases[m.phrase].role, !counted.contains(cueIndex) else { continue }
                func near(_ first: Int, _ end: Int) -> Bool { first < m.end + window && m.first < end + window }
                let contextIndex = contexts.indices.first { near(contexts[$0].first, contexts[$0].end) }
                let pairIndex = taxonomy.actorsAsContext ? pairs.indices.first { near(pairs[$0].first, pairs[$0].end) } : nil
                guard contextIndex != nil || pairIndex != nil else { continue }
                counted.insert(cueIndex)
                let weight = area.cues[cueIndex].weight
                score += weight
                let (start, end) = span(m)
                rules.append(FiredRule(kind: .cue, phrase: text(start, end), weight: weight, start: start, end: end))
                if let contextIndex, usedContext.insert(contexts[contextIndex].first * 1000 + contexts[contextIndex].end).inserted {
                    let (cs, ce) = span(contexts[contextIndex])
                    rules.append(FiredRule(kind: .context, phrase: text(cs, ce), weight: 0, start: cs, end: ce))
                } else if contextIndex == nil, let pairIndex, usedPairs.insert(pairIndex).inserted {
                    let pair = pairs[pairIndex]
                    rules.append(FiredRule(kind: .actors, phrase: pair.text, weight: 0, start: pair.start, end: pair.stop))
                }
            }
            guard score > 0 else { continue }
            var seenNegative: Set<Int> = []
            for m in negatives[a] {
                guard case .negative(_, let cueIndex) = matcher.phrases[m.phrase].role, seenNegative.insert(cueIndex).inserted else { continue }
                let weight = area.negative[cueIndex].weight
                score -= weight
                let (start, end) = span(m)
                rules.append(FiredRule(kind: .negative, phrase: text(start, end), weight: -weight, start: start, end: end))
            }
            if score >= (area.threshold ?? taxonomy.threshold) {
                result.append(PassageTag(area: a, score: score, rules: rules))
            }
        }
        return result
    }
}
