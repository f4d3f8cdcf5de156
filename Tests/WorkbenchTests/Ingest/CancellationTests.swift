import Foundation
import Synchronization
import Testing
@testable import Workbench

/// Ctrl-C during a load leaves nothing loaded.
@Suite struct CancellationTests {
    @Test func cancelledLoaderLeavesTheGraphUntouched() throws {
        let token = CancellationToken()
        var diagnostics: [Diagnostic] = []
        var loader = Loader(options: LoadOptions(), diagnostic: { diagnostics.append($0) },
                            progress: { done, _ in if done > 0 { token.cancel() } }, cancellation: token)
        var graph = CorpusGraph()
        #expect(throws: WorkbenchError(.cancelled, "cancelled")) {
            _ = try loader.load([IngestFixtures.path("txt"), IngestFixtures.path("md")], into: &graph)
        }
        #expect(graph.documents.isEmpty)
        #expect(diagnostics.isEmpty)
    }

    @Test func cancelledLoadCommandCommitsNothing() throws {
        final class TokenBox: Sendable {
            let token = Mutex<CancellationToken?>(nil)
        }
        let box = TokenBox()
        let io = SessionIO(output: { _ in }, diagnostic: { _ in },
                           progress: { report in if report.label == "load", report.done > 0 { box.token.withLock { $0?.cancel() } } })
        let session = Session(workbench: try Workbench(plugins: []), io: io)
        box.token.withLock { $0 = session.cancellation }
        let txt = try IngestFixtures.path("txt")
        let md = try IngestFixtures.path("md")
        let statements = try session.parse("load '\(txt)' '\(md)'", file: "<test>")
        #expect(throws: WorkbenchError.self) {
            for statement in statements { try session.execute(statement) }
        }
        #expect(session.state.graph.documents.isEmpty)

        box.token.withLock { $0 = nil }
        for statement in statements { try session.execute(statement) }
        #expect(session.state.graph.documents.map(\.id) == ["report", "notes"])
    }
}
