import Dispatch
import Synchronization

/// A batch's lines worked out (`JSONLinesBatch.prepare`) in chunks by the loading thread and
/// helper threads, the results handed to the loading thread chunk by chunk in file order.
///
/// Why not `ParallelMap`: it is fork–join, and a load of a few batches waited at every join
/// for the slowest worker — on a machine busy with other work, for a worker the system had
/// descheduled — so two threads loaded no faster than one, and sometimes slower. Here the
/// loading thread never waits: it applies a chunk's results as soon as they are there, takes
/// chunks itself while they are not, and when every chunk is taken but the one it needs is
/// still in a helper's hands, it works that one out again itself. Working out a line is
/// pure, so both give the same values; the first stored is kept. A helper still busy with
/// such a chunk when the batch is done finishes it and stops; it touches only this object.
final class PreparedChunks: Sendable {
    let count: Int
    let chunkSize: Int
    var chunks: Int { (count + chunkSize - 1) / chunkSize }
    private let next = Atomic<Int>(0)
    private let slots: Mutex<[[JSONLinesBatch.Prepared]?]>
    private let work: @Sendable (Int) -> JSONLinesBatch.Prepared

    /// `work(i)` for `i` in `0..<count`, in chunks small enough that a chunk worked out twice
    /// costs little (about 16 per thread).
    init(count: Int, threads: Int, work: @escaping @Sendable (Int) -> JSONLinesBatch.Prepared) {
        self.count = count
        self.chunkSize = max(1, count / (max(1, threads) * 16))
        self.work = work
        slots = Mutex(Array(repeating: nil, count: (count + chunkSize - 1) / chunkSize))
    }

    /// Starts `helpers` threads that take chunks until none is left (or the load is cancelled).
    func startHelpers(_ helpers: Int, cancellation: CancellationToken) {
        for _ in 0..<max(0, min(helpers, chunks - 1)) {
            DispatchQueue.global().async { [self] in
                while !cancellation.isCancelled, takeOne() {}
            }
        }
    }

    /// The range of lines of chunk `chunk`.
    func range(of chunk: Int) -> Range<Int> { (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize) }

    /// Chunk `chunk`'s results: taking chunks while it is not done, working it out again when
    /// every chunk is taken.
    func results(of chunk: Int) -> [JSONLinesBatch.Prepared] {
        while true {
            if let done = slots.withLock({ $0[chunk] }) { return done }
            if !takeOne() {
                let own = workOut(chunk)
                store(own, at: chunk)
                return own
            }
        }
    }

    /// Takes the next chunk nobody has taken and works it out; false when none is left.
    private func takeOne() -> Bool {
        let chunk = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard chunk < chunks else { return false }
        store(workOut(chunk), at: chunk)
        return true
    }

    private func workOut(_ chunk: Int) -> [JSONLinesBatch.Prepared] { range(of: chunk).map(work) }

    private func store(_ results: [JSONLinesBatch.Prepared], at chunk: Int) {
        slots.withLock { if $0[chunk] == nil { $0[chunk] = results } }
    }
}
