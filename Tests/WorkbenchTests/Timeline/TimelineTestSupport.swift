import Foundation
import Synchronization
import Testing
import TestSupport
@testable import TimelinePlugin
@testable import Workbench

/// One time expression as a test sees it.
struct FoundTime: Equatable, CustomStringConvertible {
    var span: Range<Int>
    var type: String
    var value: String
    var mod: String?

    var description: String { "\(span) \(type) \(value)\(mod.map { " " + $0 } ?? "")" }
}

/// A graph holding one document `t` (dated `date`) with the time expressions found.
func timeGraph(_ text: String, date: String?, settings: [String: String] = [:],
               keys: [AnalysisKey] = [.timeExpressions]) throws -> CorpusGraph {
    var graph = CorpusGraph()
    try graph.add(Document(id: "t", date: date, text: text))
    let workbench = try Workbench(plugins: [TimelinePlugin()])
    var s = workbench.defaultSettings
    for (name, value) in settings { s[name] = value }
    try workbench.engine.ensure(keys, in: &graph, settings: s)
    return graph
}

/// The expressions found in `text`, in order.
func times(_ text: String, date: String? = "2011-11-15", settings: [String: String] = [:]) throws -> [FoundTime] {
    try timeGraph(text, date: date, settings: settings).nodes("timeline.timex", in: "t").map {
        FoundTime(span: $0.span.start..<$0.span.end, type: $0["type"].text, value: $0["value"].text,
                  mod: $0["mod"].isNull ? nil : $0["mod"].text)
    }
}

/// Checks a marked text: `⟦…⟧` around every expression expected, `values` their values in order.
func expectTimes(_ marked: String, _ values: [String], date: String? = "2011-11-15", settings: [String: String] = [:],
                 sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let (text, spans) = stripMarkers(marked)
    let found = try times(text, date: date, settings: settings)
    #expect(found.map(\.span) == spans, "spans in: \(text)", sourceLocation: sourceLocation)
    #expect(found.map(\.value) == values, "values in: \(text)", sourceLocation: sourceLocation)
}

/// Runs a script in an in-memory session with the timeline plugin; returns stdout and stderr.
func runTimelineScript(_ source: String) throws -> (output: String, errors: String) {
    let output = Mutex<String>("")
    let errors = Mutex<String>("")
    let session = Session(workbench: try Workbench(plugins: [TimelinePlugin()]),
                          io: SessionIO(output: { text in output.withLock { $0 += text } },
                                        diagnostic: { d in errors.withLock { $0 += d.description + "\n" } }))
    _ = ScriptRunner(session: session, reportError: { text in errors.withLock { $0 += text } }).run(source: source, file: "test.wb")
    return (output.withLock { $0 }, errors.withLock { $0 })
}
