import Synchronization
import Testing
import TestSupport
@testable import Workbench

/// Records which analyses ran, in order, across threads.
final class RunLog: Sendable {
    private let runs = Mutex<[String]>([])
    func record(_ id: String) { runs.withLock { $0.append(id) } }
    /// The runs so far, forgotten after reading.
    func take() -> [String] { runs.withLock { runs in defer { runs = [] }; return runs } }
}

struct ProbeError: Error {}

/// A test analysis: one `KIND` node per document, recording each run; may fail.
struct Probe: Analysis {
    enum Failure: Sendable { case none, workbench, other }

    let id: String
    var version = "1"
    var requires: [AnalysisKey] = []
    let provides: [AnalysisKey]
    var settings: [String] = []
    let log: RunLog
    var failure = Failure.none

    func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws {
        log.record(id)
        switch failure {
        case .none: break
        case .workbench: throw WorkbenchError(.analysisFailed, "\(id) cannot run")
        case .other: throw ProbeError()
        }
        for document in context.graph.documents {
            let setting = settings.first.flatMap { context.settings[$0] }
            try output.addNode(Kind(id), span: document.span, attributes: ["setting": Value(setting)])
        }
    }
}

private func graph(_ ids: [String] = ["d1"]) throws -> CorpusGraph {
    var graph = CorpusGraph()
    for id in ids { try graph.add(Document(id: id, text: "text of \(id)")) }
    return graph
}

@Suite struct AnalysisEngineTests {
    let log = RunLog()

    /// `a` requires `b`; `b` reads the setting `s`.
    func engine(aFails: Probe.Failure = .none) throws -> AnalysisEngine {
        try AnalysisEngine([
            Probe(id: "a", requires: ["b"], provides: ["a"], log: log, failure: aFails),
            Probe(id: "b", provides: ["b"], settings: ["s"], log: log),
        ])
    }

    @Test func askingForARunsBThenAOnce() throws {
        let engine = try engine()
        var g = try graph()
        let lines = Mutex<[String]>([])
        try engine.ensure(["a"], in: &g, settings: Settings(), log: { line in lines.withLock { $0.append(line) } })
        #expect(log.take() == ["b", "a"])
        #expect(lines.withLock { $0 } == ["running b", "running a"])
        #expect(g.nodes("a").count == 1 && g.nodes("b").count == 1)
        try engine.ensure(["a"], in: &g, settings: Settings())
        try engine.ensure(["b", "a"], in: &g, settings: Settings())
        #expect(log.take() == [])
    }

    @Test func addingADocumentRerunsBoth() throws {
        let engine = try engine()
        var g = try graph()
        try engine.ensure(["a"], in: &g, settings: Settings())
        _ = log.take()
        let before = g.version
        try g.add(Document(id: "d2", text: "more"))
        #expect(g.version != before)
        try engine.ensure(["a"], in: &g, settings: Settings())
        #expect(log.take() == ["b", "a"])
        #expect(g.nodes("a").map(\.span.document) == ["d1", "d2"])
    }

    @Test func askingForTheProviderAloneRunsOnlyIt() throws {
        let engine = try engine()
        var g = try graph()
        try engine.ensure(["b"], in: &g, settings: Settings())
        #expect(log.take() == ["b"])
        try engine.ensure(["a"], in: &g, settings: Settings())
        #expect(log.take() == ["a"])
    }

    @Test func aDeclaredSettingChangeRerunsTheAnalysisAndWhatDependsOnIt() throws {
        let engine = try engine()
        var g = try graph()
        var settings = Settings()
        settings["s"] = "1"
        try engine.ensure(["a"], in: &g, settings: settings)
        _ = log.take()
        // A setting nobody declares changes nothing.
        settings["other"] = "x"
        try engine.ensure(["a"], in: &g, settings: settings)
        #expect(log.take() == [])
        settings["s"] = "2"
        try engine.ensure(["a"], in: &g, settings: settings)
        #expect(log.take() == ["b", "a"])
        #expect(g.nodes("b").first?["setting"] == "2")
    }

    @Test func aProviderRerunByItselfMakesItsDependentsStale() throws {
        let engine = try engine()
        var g = try graph()
        var settings = Settings()
        settings["s"] = "1"
        try engine.ensure(["a"], in: &g, settings: settings)
        settings["s"] = "2"
        try engine.ensure(["b"], in: &g, settings: settings)
        _ = log.take()
        // `a` was computed from the old `b`: it must run again.
        try engine.ensure(["a"], in: &g, settings: settings)
        #expect(log.take() == ["a"])
    }

    @Test func aVersionBumpMakesTheAnalysisStale() throws {
        var g = try graph()
        try AnalysisEngine([Probe(id: "b", provides: ["b"], log: log)]).ensure(["b"], in: &g, settings: Settings())
        try AnalysisEngine([Probe(id: "b", version: "2", provides: ["b"], log: log)]).ensure(["b"], in: &g, settings: Settings())
        #expect(log.take() == ["b", "b"])
    }

    @Test func fingerprintNamesVersionAndSettings() throws {
        let engine = try engine()
        var settings = Settings()
        settings["s"] = "x"
        #expect(engine.fingerprint(of: engine.provider(of: "b")!, settings: settings) == "b@1;s=x")
        #expect(engine.fingerprint(of: engine.provider(of: "a")!, settings: settings) == "a@1[b@1;s=x]")
    }

    @Test func missingProvider() throws {
        let engine = try engine()
        var g = try graph()
        let error = capture { try engine.ensure(["quotes"], in: &g, settings: Settings()) }
        #expect(error?.code == .noProvider)
        #expect(error?.message == "no analysis provides 'quotes'")
        #expect(error?.hint == "is the plugin that provides it loaded? known results: a, b")
        // A requirement nobody provides, found while planning another key.
        let broken = try AnalysisEngine([Probe(id: "x", requires: ["missing"], provides: ["x"], log: log)])
        #expect(capture { try broken.ensure(["x"], in: &g, settings: Settings()) }?.message == "no analysis provides 'missing'")
        #expect(log.take() == [])
    }

    @Test func cycle() throws {
        let engine = try AnalysisEngine([
            Probe(id: "x", requires: ["y"], provides: ["x"], log: log),
            Probe(id: "y", requires: ["z"], provides: ["y"], log: log),
            Probe(id: "z", requires: ["x"], provides: ["z"], log: log),
        ])
        var g = try graph()
        let error = capture { try engine.ensure(["x"], in: &g, settings: Settings()) }
        #expect(error?.code == .dependencyCycle)
        #expect(error?.message == "analyses depend on each other in a cycle: x -> y -> z -> x")
        #expect(log.take() == [])
    }

    @Test func registrationConflicts() throws {
        let duplicateID = capture {
            _ = try AnalysisEngine([Probe(id: "b", provides: ["b"], log: log), Probe(id: "b", provides: ["c"], log: log)])
        }
        #expect(duplicateID?.message == "two analyses have the id 'b'")
        let duplicateKey = capture {
            _ = try AnalysisEngine([Probe(id: "b", provides: ["b"], log: log), Probe(id: "b2", provides: ["b"], log: log)])
        }
        #expect(duplicateKey?.message == "analyses 'b' and 'b2' both provide 'b'")
    }

    @Test func aFailingAnalysisLeavesTheGraphAsItWas() throws {
        let engine = try engine(aFails: .workbench)
        var g = try graph()
        let error = capture { try engine.ensure(["a"], in: &g, settings: Settings()) }
        #expect(error?.message == "a cannot run")
        #expect(log.take() == ["b", "a"])
        #expect(g.layers.isEmpty)
        #expect(g.nodes("b").isEmpty)
    }

    @Test func anOtherErrorIsWrappedWithTheAnalysisID() throws {
        let engine = try engine(aFails: .other)
        var g = try graph()
        let error = capture { try engine.ensure(["a"], in: &g, settings: Settings()) }
        #expect(error?.code == .analysisFailed)
        #expect(error?.message == "analysis 'a' failed: ProbeError()")
    }

    @Test func cancellationStopsParagraphs() throws {
        let engine = try AnalysisEngine([ParagraphAnalysis()])
        var g = try graph()
        let token = CancellationToken()
        token.cancel()
        let error = capture { try engine.ensure([.paragraphs], in: &g, settings: Settings(), cancellation: token) }
        #expect(error?.code == .cancelled)
        #expect(g.layers.isEmpty)
    }
}

@Suite struct SessionAnalysisTests {
    struct ProbePlugin: Plugin {
        let log: RunLog
        let name = "probe"
        var analyses: [any Analysis] {
            [Probe(id: "a", requires: ["b"], provides: ["a"], log: log, failure: .workbench),
             Probe(id: "b", provides: ["b"], log: log)]
        }
        var commands: [CommandSpec] {
            [CommandSpec("needs-a", summary: "requires a", requires: ["a"]) { _ in .empty("x") },
             CommandSpec("needs-b", summary: "requires b", requires: ["b"]) { _ in .empty("x") }]
        }
    }

    @Test func aFailingStatementChangesNothing() throws {
        let log = RunLog()
        let h = try Harness(plugins: [ProbePlugin(log: log)])
        let error = h.failure("needs-a")
        #expect(error?.message == "a cannot run")
        #expect(error?.location == loc(1, 1))
        #expect(log.take() == ["b", "a"])
        #expect(h.session.state.graph.layers.isEmpty)
        #expect(h.transcript.notes == ["running b", "running a"])
        // b was not kept: asking for it runs it again.
        try h.run("needs-b")
        #expect(log.take() == ["b"])
        try h.run("needs-b")
        #expect(log.take() == [])
    }
}
