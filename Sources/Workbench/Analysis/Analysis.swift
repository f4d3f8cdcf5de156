/// A step that reads the corpus graph and adds one layer of nodes and edges.
///
/// It declares what it requires and provides; the engine runs what is missing, once per
/// corpus version. A new version string invalidates stored results of older versions.
public protocol Analysis: Sendable {
    /// Unique id, namespaced for plugins (`timeline.events`); names its layer in the graph.
    var id: String { get }
    /// Bump when the output would change for the same input.
    var version: String { get }
    var requires: [AnalysisKey] { get }
    var provides: [AnalysisKey] { get }
    /// Settings whose values change the output; they become part of the fingerprint.
    var settings: [String] { get }
    /// Adds this analysis' nodes and edges to `output`. Reads the graph as computed so far.
    func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws
}

extension Analysis {
    public var requires: [AnalysisKey] { [] }
    public var settings: [String] { [] }
}

/// What an analysis sees while it runs: the graph (with everything it requires), the
/// settings in force, and a way to report progress and honour Ctrl-C.
public struct AnalysisContext: Sendable {
    public let graph: CorpusGraph
    public let settings: Settings
    let cancellation: CancellationToken
    let progress: @Sendable (ProgressReport) -> Void

    /// Throws when the user pressed Ctrl-C; call it between documents.
    public func checkCancelled() throws {
        if cancellation.isCancelled { throw WorkbenchError(.cancelled, "cancelled") }
    }

    /// Reports `done` of `total` units of work under a label (shown on a TTY only).
    public func reportProgress(_ label: String, done: Int, total: Int) {
        progress(ProgressReport(label, done: done, total: total))
    }
}
