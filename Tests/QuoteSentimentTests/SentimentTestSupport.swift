import Foundation
import Synchronization
import Testing
@testable import QuoteSentimentPlugin
@testable import Workbench

/// The package root (for the seed and fixtures).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let seedPath = packageRoot.appendingPathComponent("seeds/000_4c1ae4e712800ec5.txt").path

/// Marker-based texts: `⟦` and `⟧` around each span the test expects. Returns the text
/// without markers and the spans in Unicode scalar offsets of that text.
func stripMarkers(_ marked: String) -> (text: String, spans: [Range<Int>]) {
    var view = String.UnicodeScalarView()
    var spans: [Range<Int>] = []
    var open: [Int] = []
    var offset = 0
    for scalar in marked.unicodeScalars {
        switch scalar {
        case "⟦": open.append(offset)
        case "⟧": if let start = open.popLast() { spans.append(start..<offset) }
        default:
            view.append(scalar)
            offset += 1
        }
    }
    return (String(view), spans.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) })
}

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

/// What an in-memory session printed.
final class Transcript: Sendable {
    private let log = Mutex<(output: [String], notes: [String])>(([], []))
    var notes: [String] { log.withLock { $0.notes } }

    func takeOutput() -> String {
        log.withLock { log in
            defer { log.output = [] }
            return log.output.joined()
        }
    }

    var io: SessionIO {
        SessionIO(output: { [self] text in log.withLock { $0.output.append(text) } },
                  diagnostic: { [self] diagnostic in log.withLock { $0.notes.append(diagnostic.description) } })
    }
}

/// A session with the sentiment plugin, running statements in memory.
struct Harness {
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

    func run(_ source: String) throws {
        for statement in try session.parse(source, file: "t.wb") { try session.execute(statement) }
    }

    /// What `source` printed on stdout.
    func output(_ source: String) throws -> String {
        _ = transcript.takeOutput()
        try run(source)
        return transcript.takeOutput()
    }

    /// The rows of `source --format json` as dictionaries.
    func json(_ source: String) throws -> [[String: Any]] {
        let text = try output(source + " --format json")
        return try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] ?? []
    }

    /// The error `source` fails with.
    func failure(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> WorkbenchError? {
        do {
            try run(source)
            Issue.record("expected '\(source)' to fail", sourceLocation: sourceLocation)
        } catch let error as WorkbenchError {
            return error
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }
}

/// Approximate equality for pinned values.
func close(_ a: Float, _ b: Float, _ tolerance: Float = 0.005) -> Bool { abs(a - b) <= tolerance }
func close(_ a: Double, _ b: Double, _ tolerance: Double = 0.0005) -> Bool { abs(a - b) <= tolerance }
