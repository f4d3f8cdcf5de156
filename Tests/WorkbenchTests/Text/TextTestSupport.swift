import Foundation
import Synchronization
import TestSupport
@testable import Workbench

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

