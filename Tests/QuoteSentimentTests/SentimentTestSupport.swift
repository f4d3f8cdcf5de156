import Foundation
import Synchronization
import Testing
import TestSupport
@testable import QuoteSentimentPlugin
@testable import Workbench

/// A scored text: the score, the spans (scalar offsets) of the words that moved it, and
/// each such word's text with its value and rules, for pinned assertions.
struct Scored {
    let score: SentimentScore
    let spans: [Range<Int>]
    let words: [(text: String, value: Float, rules: [Contribution.Rule])]

    func word(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> (value: Float, rules: [Contribution.Rule])? {
        guard let found = words.first(where: { $0.text == text }) else {
            Issue.record("no sentiment word '\(text)' in \(words.map(\.text))", sourceLocation: sourceLocation)
            return nil
        }
        return (found.value, found.rules)
    }
}

/// Scores a text the way `sentiment TEXT` does (core tokens, built-in domain layer unless
/// `domain` says otherwise).
func score(_ text: String, domain: String = SentimentResources.builtInDomain, rules: ScoringRules = .standard) throws -> Scored {
    var graph = CorpusGraph()
    try graph.add(Document(id: "t", text: text))
    let workbench = try Workbench(plugins: [QuoteSentimentPlugin()])
    var settings = workbench.defaultSettings
    settings[QuoteSentimentPlugin.domainSetting] = domain
    try workbench.engine.ensure([.tokens], in: &graph, settings: settings)
    let run = try SentimentRun(graph: graph, settings: settings, rules: rules)
    let tokens = run.tokens.tokens(in: "t")
    let score = run.score(document: "t", tokens: 0..<tokens.count)
    let spans = score.contributions.map { Int(tokens.starts[$0.tokens.lowerBound])..<Int(tokens.ends[$0.tokens.upperBound - 1]) }
    let words = score.contributions.map { (run.text(of: $0, in: "t"), $0.value, $0.steps.map(\.rule)) }
    return Scored(score: score, spans: spans, words: words)
}

/// Scores a marked text and checks that exactly the marked words moved the score.
@discardableResult
func expectWords(_ marked: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Scored {
    let (text, expected) = stripMarkers(marked)
    let scored = try score(text)
    #expect(scored.spans == expected, "words found: \(scored.words.map(\.text))", sourceLocation: sourceLocation)
    return scored
}

/// A session with the sentiment plugin, running statements in memory.
struct Harness: SessionDriver {
    let session: Session
    let transcript = Transcript()

    init() throws {
        session = Session(workbench: try Workbench(plugins: [QuoteSentimentPlugin()]), io: transcript.io)
    }

    /// A harness with the seed article loaded.
    static func seed() throws -> Harness {
        let harness = try Harness()
        try harness.run("load '\(seedPath)'")
        return harness
    }
}

/// Approximate equality for pinned values.
func close(_ a: Float, _ b: Float, _ tolerance: Float = 0.005) -> Bool { abs(a - b) <= tolerance }
func close(_ a: Double, _ b: Double, _ tolerance: Double = 0.0005) -> Bool { abs(a - b) <= tolerance }
