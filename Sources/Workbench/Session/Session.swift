import Foundation

/// Runs statements against one corpus: the interpreter shared by the REPL and scripts.
///
/// Each statement works on a copy of the state; the copy replaces the state only if every
/// stage succeeds, so a failing command changes nothing.
public final class Session: @unchecked Sendable {
    // @unchecked: a session is driven from one thread (the REPL loop or the script runner);
    // only `cancellation` is touched from a signal handler, and it is atomic.
    public let workbench: Workbench
    public private(set) var state: SessionState
    public let io: SessionIO
    public let cancellation = CancellationToken()
    public private(set) var exitRequested = false

    public init(workbench: Workbench, io: SessionIO) {
        self.workbench = workbench
        self.io = io
        self.state = SessionState(settings: workbench.defaultSettings)
    }

    /// Sets a text variable (`$1`, `--set NAME=VALUE`).
    public func define(_ name: String, _ value: String) {
        state.variables[name] = .text(value)
    }

    /// Opens the workspace at `path`, creating it when it does not exist (`wb --workspace`).
    /// Returns a line saying what it holds.
    public func openWorkspace(_ path: String) throws -> String {
        let opened = try Workspace.open(path, workbench: workbench, create: true)
        state.workspace?.close()
        state.graph = opened.graph
        state.settings = opened.settings
        state.workspace = opened.workspace
        if opened.created { return "created workspace \(path)" }
        return "opened \(path): " + WorkspaceCommands.count(opened.graph.documents.count, "document") + ", "
            + WorkspaceCommands.count(opened.workspace.storedLayers.count, "saved analysis layer")
    }

    /// What a save would write to the open workspace (empty without one).
    public var unsavedWorkspaceChanges: [String] {
        state.workspace?.unsavedChanges(state.graph, settings: state.settings) ?? []
    }

    /// Closes the open workspace, if any, without saving (at exit).
    public func closeWorkspace() {
        state.workspace?.close()
        state.workspace = nil
    }

    /// Parses source text into statements, knowing which words are commands.
    public func parse(_ source: String, file: String) throws -> [Statement] {
        let registry = workbench.registry
        return try Parser.parse(source, file: file, isCommand: { registry.command(named: $0) != nil })
    }

    /// Runs one statement: prints its result (or writes it to its `> FILE`), commits its
    /// changes. Throws the first error, with the location of the word at fault.
    public func execute(_ statement: Statement) throws {
        var state = self.state
        switch statement.body {
        case .letText(let name, let word):
            state.variables[name] = .text(try expand(word, in: state))
        case .letTable(let name, let pipeline) where pipeline.stages.count == 1 && pipeline.stages[0].words.count == 1
            && pipeline.stages[0].words[0].soleVariable != nil:
            // `let b = $a` copies the value, text or table (`let who = $1`).
            let source = pipeline.stages[0].words[0]
            state.variables[name] = try lookup(source.soleVariable ?? "", at: source.location, in: state)
        case .letTable(let name, let pipeline):
            let (table, newState, _) = try evaluate(pipeline, in: state)
            state = newState
            state.variables[name] = .table(table)
        case .pipeline(let pipeline):
            let (table, newState, format) = try evaluate(pipeline, in: state)
            try deliver(table, pipeline: pipeline, format: format, state: newState)
            state = newState
        }
        self.state = state
    }

    /// Runs a pipeline and returns its table without printing (for tests and `let`).
    public func evaluate(_ pipeline: Pipeline) throws -> Table {
        let (table, newState, _) = try evaluate(pipeline, in: state)
        state = newState
        return table
    }

    // MARK: Evaluation

    private struct BoundStage {
        var command: CommandSpec
        var arguments: BoundArguments
        var location: SourceLocation
    }

    private func evaluate(_ pipeline: Pipeline, in start: SessionState) throws -> (Table, SessionState, OutputFormat?) {
        var state = start
        var input: Table?
        var stages = pipeline.stages
        // `$NAME | …`: a saved table starts the pipeline.
        // It takes the options every command takes: `$t --format json`.
        var sourceFormat: OutputFormat?
        if let name = stages[0].words.first?.soleVariable {
            guard case .table(let table) = try lookup(name, at: stages[0].location, in: state) else {
                throw WorkbenchError(.badValue, "$\(name) holds text, not a table; only a table can start a pipeline",
                                     hint: "use it as an argument: docs | where id = $\(name)", at: stages[0].location)
            }
            let options = CommandSpec("$" + name, summary: "the table saved in $\(name)") { _ in table }
            let words = try stages[0].words.dropFirst().map { word in
                ArgumentBinder.Expanded(try expand(word, in: state), quoted: word.quoted, location: word.location)
            }
            let arguments = try ArgumentBinder.bind(words, to: options, commandLocation: stages[0].location)
            sourceFormat = arguments.string("format").flatMap(OutputFormat.init)
            input = table
            stages.removeFirst()
            if stages.isEmpty { return (table, state, sourceFormat) }
        }
        // Bind every stage before anything runs.
        var bound: [BoundStage] = []
        for (index, stage) in stages.enumerated() {
            let nameWord = stage.words[0]
            if nameWord.soleVariable != nil {
                throw WorkbenchError(.syntax, "a saved table can only start a pipeline", at: nameWord.location)
            }
            let name = try expand(nameWord, in: state)
            let second = stage.words.count > 1 && !stage.words[1].quoted ? stage.words[1].literal : nil
            let command = try workbench.registry.lookup(name, then: second, at: nameWord.location,
                                                        secondAt: stage.words.count > 1 ? stage.words[1].location : nil)
            let nameLength = command.name.contains(" ") ? 2 : 1
            let words = try stage.words.dropFirst(nameLength).map { word in
                ArgumentBinder.Expanded(try expand(word, in: state), quoted: word.quoted, location: word.location)
            }
            let arguments = try ArgumentBinder.bind(words, to: command, commandLocation: nameWord.location)
            try checkDocuments(arguments, of: command, in: state.graph)
            let piped = index > 0 || input != nil
            if arguments.flag("help") {
                return (HelpPages.page(for: command, columns: workbench.columnProviders(for: command.name)), state, arguments.string("format").flatMap(OutputFormat.init))
            }
            if command.input == .required && !piped {
                throw WorkbenchError(.noInput, "'\(command.name)' needs a table piped into it",
                                     hint: "e.g. docs | \(command.name) …", at: nameWord.location)
            }
            if command.input == .none && piped {
                throw WorkbenchError(.unexpectedInput, "'\(command.name)' does not read a piped table",
                                     hint: "start the pipeline with it, or run it on its own", at: nameWord.location)
            }
            bound.append(BoundStage(command: command, arguments: arguments, location: nameWord.location))
        }
        // Run.
        var format = sourceFormat
        cancellation.reset()
        for (index, stage) in bound.enumerated() {
            do {
                state.restoreStoredLayers(for: stage.command.requires, engine: workbench.engine, io: io)
                try workbench.engine.ensure(stage.command.requires, in: &state.graph, settings: state.settings,
                                            cancellation: cancellation, log: { [io] in io.diagnostic(Diagnostic(.note, $0)) },
                                            progress: io.progress)
                var context = CommandContext(state: state, input: input, arguments: stage.arguments, workbench: workbench,
                                             io: io, cancellation: cancellation)
                if index + 1 < bound.count, let reads = bound[index + 1].command.readsColumns {
                    context.columnsNeeded = Set(reads(bound[index + 1].arguments).map { $0.lowercased() })
                }
                input = try stage.command.body(&context)
                state = context.state
                if context.exitRequested { exitRequested = true }
            } catch let error as WorkbenchError {
                throw error.located(at: stage.location)
            }
            if let f = stage.arguments.string("format").flatMap(OutputFormat.init) { format = f }
        }
        return (input ?? .empty("result"), state, format)
    }

    /// Document ids are checked with the other arguments, before any analysis runs.
    private func checkDocuments(_ arguments: BoundArguments, of command: CommandSpec, in graph: CorpusGraph) throws {
        for spec in command.arguments where spec.type == .document {
            for id in arguments.strings(spec.name) where graph.document(id) == nil {
                do {
                    _ = try graph.requireDocument(id)
                } catch let error as WorkbenchError {
                    throw error.located(at: arguments.location(spec.name))
                }
            }
        }
    }

    /// Prints the table, or writes it to the redirect's file.
    private func deliver(_ table: Table, pipeline: Pipeline, format: OutputFormat?, state: SessionState) throws {
        if let redirect = pipeline.redirect {
            let path = try expand(redirect, in: state)
            guard let chosen = format ?? OutputFormat.forFile(path) else {
                throw WorkbenchError(.usage, "cannot tell the output format from the file name '\(path)'",
                                     hint: "use an extension (.csv .tsv .json .jsonl .md .txt) or add --format", at: redirect.location)
            }
            do {
                try FileOutput.write(chosen.render(table), to: path)
            } catch let error as WorkbenchError {
                throw error.located(at: redirect.location)
            }
            return
        }
        guard !table.columns.isEmpty else { return }
        let chosen = format ?? OutputFormat(rawValue: state.settings["format"] ?? "table") ?? .table
        io.output(chosen.render(table, width: tableWidth(state)))
    }

    private func tableWidth(_ state: SessionState) -> Int? {
        if let setting = state.settings["width"], let n = Int(setting) { return n }
        return io.terminalWidth()
    }

    // MARK: Variables

    private func lookup(_ name: String, at location: SourceLocation, in state: SessionState) throws -> Variable {
        if let value = state.variables[name] { return value }
        if name.allSatisfy(\.isNumber) {
            throw WorkbenchError(.unknownVariable, "no variable '$\(name)'", hint: "script parameter $\(name) was not given", at: location)
        }
        var hint = "define it with: let \(name) = …"
        if let near = Suggestions.didYouMean("$" + name, in: state.variables.keys.sorted().map { "$" + $0 }) { hint = near + " — " + hint }
        throw WorkbenchError(.unknownVariable, "no variable '$\(name)'", hint: hint, at: location)
    }

    /// A word's text with its `$NAME`s replaced by their text values.
    private func expand(_ word: Word, in state: SessionState) throws -> String {
        var text = ""
        for part in word.parts {
            switch part {
            case .literal(let s): text += s
            case .variable(let name):
                switch try lookup(name, at: word.location, in: state) {
                case .text(let value): text += value
                case .table:
                    throw WorkbenchError(.badValue, "$\(name) holds a table; a table can only start a pipeline",
                                         hint: "write: $\(name) | …", at: word.location)
                }
            }
        }
        return text
    }
}
