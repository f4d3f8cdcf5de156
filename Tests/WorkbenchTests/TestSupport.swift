import Foundation
import Synchronization
import Testing
@testable import Workbench

/// What an in-memory session printed: results, diagnostics, rendered errors, progress.
/// Guarded by a Mutex because `SessionIO` closures are `@Sendable`.
final class Transcript: Sendable {
    private struct Log {
        var output: [String] = []
        var diagnostics: [Diagnostic] = []
        var errors: [String] = []
    }

    private let log = Mutex(Log())

    var output: [String] { log.withLock { $0.output } }
    var diagnostics: [Diagnostic] { log.withLock { $0.diagnostics } }
    var errors: [String] { log.withLock { $0.errors } }
    /// Everything printed on stdout, joined.
    var stdout: String { output.joined() }
    /// Diagnostics and errors as the front end prints them on stderr (in order of arrival
    /// within each kind; tests compare them separately).
    var notes: [String] { diagnostics.map(\.description) }

    /// Returns the stdout printed so far and forgets it.
    func takeOutput() -> String {
        log.withLock { log in
            defer { log.output = [] }
            return log.output.joined()
        }
    }

    func reportError(_ text: String) { log.withLock { $0.errors.append(text) } }

    var io: SessionIO {
        SessionIO(
            output: { [self] text in log.withLock { $0.output.append(text) } },
            diagnostic: { [self] diagnostic in log.withLock { $0.diagnostics.append(diagnostic) } })
    }
}

/// A plugin for tests: `fixture` adds the given documents to the graph (the way a loader
/// would, through `graph.add`), `boom` adds a document and then fails.
struct FixturePlugin: Plugin {
    let documents: [Document]
    let name = "test"

    var commands: [CommandSpec] {
        let documents = self.documents
        return [
            CommandSpec("fixture", summary: "add the test documents") { context in
                for document in documents { try context.graph.add(document) }
                return .empty("fixture")
            },
            CommandSpec("boom", summary: "add a document, then fail") { context in
                try context.graph.add(Document(id: "boom", text: "never kept"))
                context.state.settings["format"] = "json"
                throw WorkbenchError(.io, "boom failed")
            },
        ]
    }
}

enum Fixtures {
    /// Three small documents with known word counts (5, 6, 2) and dates.
    static let documents: [Document] = [
        Document(id: "d1", title: "First", date: "2011-11-15", text: "Alpha beta.\n\nGamma delta epsilon."),
        Document(id: "d2", title: "Second", date: "2012-01-02", text: "One two three four five six."),
        Document(id: "d3", title: "Third", text: "日本 text"),
    ]
}

/// A session on an in-memory corpus with a transcript of everything it printed.
struct Harness {
    let session: Session
    let transcript: Transcript

    init(documents: [Document] = Fixtures.documents, plugins: [any Plugin] = []) throws {
        let workbench = try Workbench(plugins: [FixturePlugin(documents: documents)] + plugins)
        transcript = Transcript()
        session = Session(workbench: workbench, io: transcript.io)
        if !documents.isEmpty { try run("fixture") }
    }

    /// Parses and executes every statement of `source`, stopping at the first error.
    func run(_ source: String, file: String = "t.wb") throws {
        for statement in try session.parse(source, file: file) { try session.execute(statement) }
    }

    /// Runs `source` and returns what it printed on stdout.
    func output(_ source: String) throws -> String {
        _ = transcript.takeOutput()
        try run(source)
        return transcript.takeOutput()
    }

    /// Runs `source`, expecting it to fail; returns the error.
    func failure(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> WorkbenchError? {
        capture(sourceLocation: sourceLocation) { try run(source) }
    }
}

/// The WorkbenchError thrown by `body`, recording an issue when it does not throw one.
func capture(sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> Void) -> WorkbenchError? {
    do {
        try body()
        Issue.record("expected an error", sourceLocation: sourceLocation)
        return nil
    } catch let error as WorkbenchError {
        return error
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
