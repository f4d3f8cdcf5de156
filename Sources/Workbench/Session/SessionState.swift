/// Everything a statement can change: the graph, the settings, the variables.
/// A statement works on a copy; the session keeps the copy only if the statement succeeds.
public struct SessionState: Sendable {
    public var graph = CorpusGraph()
    public var settings: Settings
    public var variables: [String: Variable] = [:]
    /// The open workspace file, if any (`open`, `save FILE`, `wb --workspace`).
    public var workspace: Workspace?

    public init(settings: Settings) {
        self.settings = settings
    }
}

/// The value of `$NAME`: text (script parameters, `let n = 5`) or a saved table.
public enum Variable: Sendable, Equatable {
    case text(String)
    case table(Table)
}

extension SessionState {
    /// Before analyses run: layers the open workspace holds for `keys`, still fresh, are
    /// read into the graph instead of being recomputed.
    /// With `reading` false, the providers of `keys` are restored deferred too (made fresh
    /// for a command that will not read them: a provided column the next stage does not read).
    mutating func restoreStoredLayers(for keys: [AnalysisKey], engine: AnalysisEngine, io: SessionIO, reading: Bool = true) {
        guard let workspace else { return }
        workspace.restoreLayers(for: keys, engine: engine, settings: settings, into: &graph, readingProviders: reading,
                                note: { io.diagnostic(Diagnostic(.warning, $0)) })
    }
}
