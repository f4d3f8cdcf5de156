import Dispatch
import Foundation
import Synchronization

/// Runs independent pieces of work (usually one per document) on several threads and hands
/// back their results in input order, so that whatever is built from them — node ids,
/// vocabularies, tables — is the same as in a sequential run, byte for byte.
///
/// Why `DispatchQueue.concurrentPerform` and not a task group: analyses and commands are
/// synchronous (`Analysis.run`, the REPL and the script runner), and calling async code from
/// them would mean blocking a thread on a semaphore until a detached task finishes —
/// unsound when that thread belongs to the cooperative pool, and it would make every
/// analysis and command `async`. `concurrentPerform` is fork–join all the same (structured:
/// it returns only when every worker has finished, nothing outlives the call), runs on the
/// calling thread plus Dispatch's worker threads, and needs no bridging. Workers take
/// contiguous chunks of items in order from a shared counter (balancing uneven documents)
/// and each chunk's results go into a slot of its own, under a lock taken once per chunk.
///
/// Errors: the one of the first failing item in input order is thrown, as a sequential loop
/// would. When an item fails, no chunk after it is started, but every chunk before it is
/// finished (an earlier item might fail too). Ctrl-C stops every worker at its next item.
public enum ParallelMap {
    /// The number of threads to use when the `threads` setting says `auto` (or is absent).
    public static var defaultThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The thread count a `threads` setting value asks for: a whole number >= 1, or
    /// `auto` (or nothing) for the active cores.
    public static func threads(setting: String?) -> Int {
        if let setting, let n = Int(setting), n >= 1 { return n }
        return defaultThreads
    }

    /// `body(i)` for every `i` in `0..<count`, on up to `threads` threads; results in order.
    /// `threads` 1 (or a single item) runs on the calling thread, a plain loop.
    public static func map<T: Sendable>(
        _ count: Int, threads: Int, cancellation: CancellationToken = CancellationToken(),
        progress: (@Sendable (Int) -> Void)? = nil,
        _ body: @Sendable (Int) throws -> T
    ) throws -> [T] {
        let workers = min(max(1, threads), count)
        if workers <= 1 {
            var results: [T] = []
            results.reserveCapacity(count)
            for i in 0..<count {
                if cancellation.isCancelled { throw WorkbenchError(.cancelled, "cancelled") }
                results.append(try body(i))
                if let progress, i % 64 == 63 || i + 1 == count { progress(i + 1) }
            }
            return results
        }
        // Several chunks per worker, so that a worker that drew long documents does not
        // leave the others idle at the end; not so many that the bookkeeping shows.
        let chunkSize = max(1, (count + workers * 8 - 1) / (workers * 8))
        let chunks = (count + chunkSize - 1) / chunkSize
        let state = ParallelState<T>(chunks: chunks)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let chunk = state.next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard chunk < chunks else { return }
                let range = (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize)
                // A failure before this chunk decides the outcome: no need to start it.
                if range.lowerBound > state.firstFailure.load(ordering: .relaxed) { return }
                var results: [T] = []
                results.reserveCapacity(range.count)
                for i in range {
                    do {
                        if cancellation.isCancelled { throw WorkbenchError(.cancelled, "cancelled") }
                        results.append(try body(i))
                    } catch {
                        state.fail(at: i, error)
                        return
                    }
                }
                state.finish(chunk, results)
                if let progress { progress(state.done.add(range.count, ordering: .relaxed).newValue) }
            }
        }
        return try state.results()
    }
}

/// The shared state of one `ParallelMap.map`: the next chunk to take, each finished chunk's
/// results, and the first failure in input order. Every mutable part is an atomic or behind
/// a lock, so it is `Sendable` as checked by the compiler.
private final class ParallelState<T: Sendable>: Sendable {
    let next = Atomic<Int>(0)
    let done = Atomic<Int>(0)
    /// The index of the first failed item so far (`Int.max` for none): chunks after it are
    /// not started.
    let firstFailure = Atomic<Int>(Int.max)
    private let slots: Mutex<[[T]?]>
    private let failure = Mutex<(index: Int, error: any Error)?>(nil)

    init(chunks: Int) {
        slots = Mutex(Array(repeating: nil, count: chunks))
    }

    func finish(_ chunk: Int, _ results: [T]) {
        slots.withLock { $0[chunk] = results }
    }

    func fail(at index: Int, _ error: any Error) {
        failure.withLock { current in
            if current == nil || index < current!.index { current = (index, error) }
        }
        var seen = firstFailure.load(ordering: .relaxed)
        while index < seen {
            let (exchanged, original) = firstFailure.compareExchange(expected: seen, desired: index, ordering: .relaxed)
            if exchanged { break }
            seen = original
        }
    }

    /// Every chunk's results in order, or the first failure's error.
    func results() throws -> [T] {
        if let failed = failure.withLock({ $0 }) { throw failed.error }
        return slots.withLock { slots in
            var all: [T] = []
            all.reserveCapacity(slots.reduce(0) { $0 + ($1?.count ?? 0) })
            for chunk in slots { all.append(contentsOf: chunk ?? []) }
            return all
        }
    }
}

extension AnalysisContext {
    /// The number of threads per-document work may use (the `threads` setting).
    public var threads: Int { ParallelMap.threads(setting: settings[ParallelMap.setting]) }

    /// `body` for every document of the graph, in parallel (see `ParallelMap`), with the
    /// results in document order. Ctrl-C stops it; the first failing document's error is
    /// thrown. Progress is reported under `label`.
    public func mapDocuments<T: Sendable>(
        _ label: String, _ body: @Sendable (_ index: Int, _ document: Document) throws -> T
    ) throws -> [T] {
        try mapDocuments(label, in: 0..<graph.documents.count, body)
    }

    /// The same for the documents at `range` only (an incremental extension's new ones);
    /// `index` is still the document's index in the graph.
    public func mapDocuments<T: Sendable>(
        _ label: String, in range: Range<Int>, _ body: @Sendable (_ index: Int, _ document: Document) throws -> T
    ) throws -> [T] {
        let documents = graph.documents
        let total = range.count
        let progress = self.progress
        return try ParallelMap.map(total, threads: threads, cancellation: cancellation,
                                   progress: { progress(ProgressReport(label, done: $0, total: total)) }) { i in
            try body(range.lowerBound + i, documents[range.lowerBound + i])
        }
    }
}

extension CommandContext {
    /// The number of threads per-document work may use (the `threads` setting).
    public var threads: Int { ParallelMap.threads(setting: settings[ParallelMap.setting]) }

    /// `body` for every item of `items` in parallel, results in order (see `ParallelMap`).
    public func mapInParallel<Item: Sendable, T: Sendable>(
        _ items: [Item], _ body: @Sendable (Item) throws -> T
    ) throws -> [T] {
        try ParallelMap.map(items.count, threads: threads, cancellation: cancellation) { try body(items[$0]) }
    }
}

extension ParallelMap {
    /// `0..<weights.count` cut into at most `parts` contiguous ranges of about equal total
    /// weight (say, documents by text size), none empty: work for `map` that must stay in
    /// order and in few pieces (each piece carrying state, like a vocabulary, to merge).
    public static func contiguousRanges(weights: [Int], parts: Int) -> [Range<Int>] {
        let count = weights.count
        guard count > 0 else { return [] }
        let parts = max(1, min(parts, count))
        if parts == 1 { return [0..<count] }
        let total = max(1, weights.reduce(0) { $0 + max(0, $1) })
        var ranges: [Range<Int>] = []
        var start = 0, sum = 0
        for i in 0..<(count - 1) {
            sum += max(0, weights[i])
            // Close the range once it reaches its share of the total, or when every item
            // left must start a range of its own.
            let after = parts - ranges.count - 1
            guard after > 0 else { break }
            if count - (i + 1) == after || sum >= total * (ranges.count + 1) / parts {
                ranges.append(start..<(i + 1))
                start = i + 1
            }
        }
        ranges.append(start..<count)
        return ranges
    }

    /// The setting's name: `set threads 1` runs every analysis sequentially.
    public static let setting = "threads"
}
