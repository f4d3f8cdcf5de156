import Foundation
import Synchronization
import Testing
import TestSupport
@testable import Workbench

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
struct Harness: SessionDriver {
    let session: Session
    let transcript: Transcript

    init(documents: [Document] = Fixtures.documents, plugins: [any Plugin] = []) throws {
        let workbench = try Workbench(plugins: [FixturePlugin(documents: documents)] + plugins)
        transcript = Transcript()
        session = Session(workbench: workbench, io: transcript.io)
        if !documents.isEmpty { try run("fixture") }
    }
}
