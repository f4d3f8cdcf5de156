/// Everything a statement can change: the graph, the settings, the variables.
/// A statement works on a copy; the session keeps the copy only if the statement succeeds.
public struct SessionState: Sendable {
    public var graph = CorpusGraph()
    public var settings: Settings
    public var variables: [String: Variable] = [:]

    public init(settings: Settings) {
        self.settings = settings
    }
}

/// The value of `$NAME`: text (script parameters, `let n = 5`) or a saved table.
public enum Variable: Sendable, Equatable {
    case text(String)
    case table(Table)
}
