/// What a command body sees: the state to read and change, its arguments, the piped table,
/// and the workbench around it. Changes to `state` are kept only if the whole statement
/// succeeds.
public struct CommandContext: Sendable {
    public var state: SessionState
    public let input: Table?
    public let arguments: BoundArguments
    public let workbench: Workbench
    let io: SessionIO
    let cancellation: CancellationToken
    /// Set by `quit`: the front end stops after this statement.
    public var exitRequested = false
    /// The next stage reads no column, only counts the rows (`… | count`): a command may
    /// then return rows without values (the same number of rows, in the same order) instead
    /// of building strings and columns nobody reads — e.g. `sentiment --unit sentence |
    /// count` still scores every sentence but makes no text or `words` per row.
    public var onlyRowCountRead: Bool { columnsNeeded?.isEmpty == true }
    /// Errors of provided columns' analyses met by `prepareProvidedColumns`, by column name,
    /// for `addProvidedColumns` to report (not to run a failing analysis twice).
    var providerFailures: [String: WorkbenchError] = [:]
    /// The columns of this command's table that the next stage reads (`CommandSpec.readsColumns`);
    /// nil when any may be read (the last stage, whose table is printed or kept). A command
    /// may leave the other columns null — declared, so that errors and `help` are unchanged —
    /// and skip the work of filling them. Its rows and their spans stay as they were. Names
    /// are lowercased, since a column argument matches a column regardless of case.
    public internal(set) var columnsNeeded: Set<String>? = nil

    public var graph: CorpusGraph {
        get { state.graph }
        set { state.graph = newValue }
    }

    public var settings: Settings { state.settings }

    /// True when the next stage may read the column `name` (see `columnsNeeded`).
    public func needsColumn(_ name: String) -> Bool { columnsNeeded?.contains(name.lowercased()) ?? true }

    /// The piped table, or an error if there is none (the interpreter already checks
    /// `CommandSpec.input`, so this is for commands with optional input).
    public func requireInput(_ command: String) throws -> Table {
        guard let input else {
            throw WorkbenchError(.noInput, "'\(command)' needs a table piped into it", hint: "e.g. docs | \(command) …")
        }
        return input
    }

    /// Runs `body`; an error it throws without a location is reported at the word that gave
    /// `argument` (its `index`th value for a repeated one), e.g. an unknown column name.
    public func at<T>(_ argument: String, index: Int = 0, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as WorkbenchError {
            throw error.located(at: arguments.location(argument, at: index) ?? arguments.location(argument))
        }
    }

    /// The index of the column named by a column argument, or an error at that word.
    public func column(_ argument: String, index: Int = 0, in table: Table) throws -> Int {
        let names = arguments.strings(argument)
        return try at(argument, index: index) { try table.columnIndex(index < names.count ? names[index] : "") }
    }

    /// Makes more analysis results fresh while the command runs.
    public mutating func require(_ keys: [AnalysisKey]) throws {
        try require(keys, reading: true)
    }

    /// `require`; with `reading` false, layers restored from a workspace for `keys` are left
    /// unread until something reads them (for results made fresh but not read).
    mutating func require(_ keys: [AnalysisKey], reading: Bool) throws {
        let io = self.io
        state.restoreStoredLayers(for: keys, engine: workbench.engine, io: io, reading: reading)
        try workbench.engine.ensure(keys, in: &state.graph, settings: state.settings, cancellation: cancellation,
                                    log: { io.diagnostic(Diagnostic(.note, $0)) }, progress: io.progress)
    }

    /// Makes analysis results fresh in a graph of the command's own (an evaluation's gold
    /// texts, a literal string), with the session's settings, Ctrl-C and progress, leaving
    /// the session's corpus untouched.
    public func ensure(_ keys: [AnalysisKey], in graph: inout CorpusGraph) throws {
        try workbench.engine.ensure(keys, in: &graph, settings: state.settings, cancellation: cancellation, progress: io.progress)
    }

    public func warn(_ message: String, file: String? = nil, line: Int? = nil) {
        io.diagnostic(Diagnostic(.warning, message, file: file, line: line))
    }

    public func note(_ message: String) {
        io.diagnostic(Diagnostic(.note, message))
    }

    public func reportProgress(_ label: String, done: Int, total: Int, unit: ProgressReport.Unit = .documents) {
        io.progress(ProgressReport(label, done: done, total: total, unit: unit))
    }

    public func checkCancelled() throws {
        if cancellation.isCancelled { throw WorkbenchError(.cancelled, "cancelled") }
    }
}
