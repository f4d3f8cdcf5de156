/// One stage of a pipeline: a command with its words, or `$NAME` standing for a saved table.
public struct Stage: Sendable, Equatable {
    public var words: [Word]
    public var location: SourceLocation { words[0].location }
}

/// `stage | stage | …` with an optional `> FILE` at the end.
public struct Pipeline: Sendable, Equatable {
    public var stages: [Stage]
    public var redirect: Word?
}

/// A parsed statement with where it came from.
public struct Statement: Sendable, Equatable {
    public enum Body: Sendable, Equatable {
        case pipeline(Pipeline)
        /// `let NAME = pipeline`
        case letTable(name: String, Pipeline)
        /// `let NAME = "text"` or `let NAME = 5`
        case letText(name: String, Word)
    }

    public var body: Body
    public var location: SourceLocation
}
