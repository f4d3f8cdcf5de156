import Dispatch
import Synchronization

/// One layer's blobs, encoded on a Dispatch worker thread while the caller goes on: `save`
/// writes layer N into SQLite (which must happen on the database's own thread) while layer
/// N + 1 is encoded, so the two cores share a save. One encoding ahead, no more, so a save
/// holds at most two layers' blobs. `wait` must be called before the save returns (even on
/// an error, so no work outlives it).
final class LayerEncoding: Sendable {
    private let result = Mutex<LayerArchive.Blobs?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    init(_ output: AnalysisOutput) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let blobs = LayerArchive.encode(output)
            result.withLock { $0 = blobs }
            finished.signal()
        }
    }

    /// The blobs, once encoded. Waiting again returns them at once.
    @discardableResult
    func wait() -> LayerArchive.Blobs? {
        finished.wait()
        finished.signal()
        return result.withLock { $0 }
    }
}
