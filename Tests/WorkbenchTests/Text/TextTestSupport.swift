import Foundation
import Synchronization
@testable import Workbench

/// Marker-based test texts: `⟦` and `⟧` around each expected span. Returns the text
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

/// A graph holding one document `t` with the given analyses run.
func analysed(_ text: String, _ keys: [AnalysisKey] = [.sentences]) throws -> CorpusGraph {
    var graph = CorpusGraph()
    try graph.add(Document(id: "t", text: text))
    let workbench = try Workbench(plugins: [])
    try workbench.engine.ensure(keys, in: &graph, settings: workbench.defaultSettings)
    return graph
}

/// The sentence spans found in a marked text, and the spans the markers expect.
func sentenceSpans(_ marked: String) throws -> (found: [Range<Int>], expected: [Range<Int>]) {
    let (text, expected) = stripMarkers(marked)
    let graph = try analysed(text)
    return (graph.nodes("sentence", in: "t").map { $0.span.start..<$0.span.end }, expected)
}

/// The token layer of one text, and its tokens.
func tokenized(_ text: String) throws -> (TokenLayer, DocumentTokens) {
    let graph = try analysed(text, [.tokens])
    guard let layer = graph.payload(of: "tokens", as: TokenLayer.self) else { throw WorkbenchError(.analysisFailed, "no token layer") }
    return (layer, layer.tokens(in: "t"))
}

/// Runs a script in an in-memory session; returns what it printed and the errors.
func runTextScript(_ source: String) throws -> (output: String, errors: String) {
    let output = Mutex<String>("")
    let errors = Mutex<String>("")
    let session = Session(workbench: try Workbench(plugins: []),
                          io: SessionIO(output: { text in output.withLock { $0 += text } }, diagnostic: { _ in }))
    _ = ScriptRunner(session: session, reportError: { text in errors.withLock { $0 += text } }).run(source: source, file: "test.wb")
    return (output.withLock { $0 }, errors.withLock { $0 })
}

/// The seed article, found from this file's path.
let seedPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds/000_4c1ae4e712800ec5.txt").path
