/// A command as a value: everything help, binding, completion, generated docs and the
/// interpreter need to know about it, and its body.
public struct CommandSpec: Sendable {
    /// Whether the command reads a table piped into it.
    public enum Input: Sendable, Equatable {
        /// A source: `docs`, `load`. A piped table is an error.
        case none
        /// Works alone or on a piped table.
        case optional
        /// A filter: `where`, `sort`. Nothing piped in is an error.
        case required
    }

    public typealias Body = @Sendable (inout CommandContext) throws -> Table

    public var name: String
    public var aliases: [String]
    public var summary: String
    public var discussion: String
    public var examples: [String]
    public var arguments: [ArgumentSpec]
    /// Analysis results the command reads; the engine makes them fresh before the body runs.
    public var requires: [AnalysisKey]
    public var input: Input
    /// The columns of its piped table the command reads, given its arguments, when its result
    /// depends on those alone (`count by X` reads X, `select A B` reads A and B); nil when it
    /// may read any. The stage before it may then leave the other columns empty (null) and
    /// skip the work of filling them (`CommandContext.columnsNeeded`): projection push-down.
    public var readsColumns: (@Sendable (BoundArguments) -> [String])?
    /// The plugin that registered it (`core` for the core's own).
    public internal(set) var plugin: String
    public var body: Body

    public init(
        _ name: String, aliases: [String] = [], summary: String, discussion: String = "",
        examples: [String] = [], arguments: [ArgumentSpec] = [], requires: [AnalysisKey] = [],
        input: Input = .none, readsColumns: (@Sendable (BoundArguments) -> [String])? = nil, body: @escaping Body
    ) {
        self.name = name
        self.aliases = aliases
        self.summary = summary
        self.discussion = discussion
        self.examples = examples
        self.arguments = arguments
        self.requires = requires
        self.input = input
        self.readsColumns = readsColumns
        self.plugin = "core"
        self.body = body
    }

    /// `name ARG [--opt N] …`
    public var usage: String {
        ([name] + arguments.map(\.usage)).joined(separator: " ")
    }

    /// Options and flags every command accepts, after its own.
    public static let globalOptions: [ArgumentSpec] = [
        ArgumentSpec("format", .option, type: .choice(OutputFormat.allCases.map(\.rawValue)),
                     summary: "output format for this result"),
        ArgumentSpec("help", .flag, summary: "show this command's help instead of running it"),
    ]

    /// The command's options followed by the global ones.
    var allOptions: [ArgumentSpec] {
        arguments.filter { $0.kind == .option || $0.kind == .flag } + CommandSpec.globalOptions
    }
}
