import Foundation
import Synchronization

/// A layer restored from a workspace but not read yet: its rows and blobs are read, and its
/// indexes built, the first time anything reads the layer — an analysis, a command, a column
/// provider, whether or not it declared the layer — and kept from then on. The graph shares
/// it between its copies (a reference), so it is read at most once.
///
/// Reading can fail (a damaged blob). The engine reads the deferred layers an analysis
/// depends on before running it and recomputes any that fail (`read()`); a layer that only a
/// command reads and that turns out unreadable is empty, with a warning on stderr.
final class DeferredLayer: Sendable {
    let analysis: String
    private let load: @Sendable () throws -> AnalysisOutput
    private let documentOrder: [String: Int]
    private let state = Mutex<Result<CorpusGraph.LayerContents, ReadFailure>?>(nil)
    private let warned = Mutex(false)

    struct ReadFailure: Error, Sendable {
        let message: String
    }

    init(analysis: String, documentOrder: [String: Int], load: @escaping @Sendable () throws -> AnalysisOutput) {
        self.analysis = analysis
        self.documentOrder = documentOrder
        self.load = load
    }

    var isRead: Bool { state.withLock { $0 != nil } }

    /// The contents, reading them now if need be, or why they cannot be read.
    func read() -> Result<CorpusGraph.LayerContents, ReadFailure> {
        state.withLock { state in
            if let state { return state }
            let result: Result<CorpusGraph.LayerContents, ReadFailure>
            do {
                result = .success(CorpusGraph.LayerContents(output: try load(), documentOrder: documentOrder))
            } catch {
                result = .failure(ReadFailure(message: WorkspaceErrors.describe(error)))
            }
            state = result
            return result
        }
    }

    /// The contents; an empty layer (and a warning) when they cannot be read.
    var contents: CorpusGraph.LayerContents {
        switch read() {
        case .success(let contents): return contents
        case .failure(let failure):
            let first = warned.withLock { warned in
                defer { warned = true }
                return !warned
            }
            if first {
                FileHandle.standardError.write(Data("wb: warning: workspace layer '\(analysis)' could not be read (\(failure.message)); it is empty until recomputed (clear and load again)\n".utf8))
            }
            return CorpusGraph.LayerContents(output: AnalysisOutput(restoring: analysis, firstID: 0, nextID: 0, nodes: [], edges: [], payload: nil,
                                                                    nodeColumns: [], edgeColumns: []),
                                             documentOrder: documentOrder)
        }
    }
}
