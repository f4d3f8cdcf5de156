/// Finds the columns of the table piped into the stage being typed, for completing
/// column names (`docs | where <TAB>`).
///
/// Columns are not declared statically, so the pipeline before the cursor is run, but on
/// an EMPTY corpus: what a command's table looks like rarely depends on the rows, and an
/// empty corpus makes the run cheap whatever is loaded (analyses have nothing to do).
/// Commands that read files (a path argument, like `load`) are never run. Any failure
/// just means no column candidates.
enum ColumnProbe {
    static func columns(of stages: [[CompletionScan.Word]], workbench: Workbench, state: SessionState) -> [String] {
        var probeState = state
        probeState.graph = CorpusGraph()
        var input: Table?
        var remaining = stages[...]
        if let first = remaining.first, first.count == 1, let name = first[0].soleVariable {
            guard case .table(let table)? = state.variables[name] else { return [] }
            input = Table(name: table.name, columns: table.columns, presentation: table.presentation)
            remaining = remaining.dropFirst()
        }
        for words in remaining {
            guard let nameWord = words.first, !nameWord.hasVariable, !words.contains(where: \.hasVariable),
                  let command = workbench.registry.command(named: nameWord.text),
                  !command.arguments.contains(where: { $0.type == .path }) else { return [] }
            if command.input == .required && input == nil { return [] }
            do {
                let arguments = try ArgumentBinder.bind(
                    words.dropFirst().map { ArgumentBinder.Expanded($0.text, quoted: $0.quoted) }, to: command)
                if arguments.flag("help") { return [] }
                let silent = SessionIO(output: { _ in }, diagnostic: { _ in })
                let cancellation = CancellationToken()
                try workbench.engine.ensure(command.requires, in: &probeState.graph, settings: probeState.settings,
                                            cancellation: cancellation)
                var context = CommandContext(state: probeState, input: input, arguments: arguments, workbench: workbench,
                                             io: silent, cancellation: cancellation)
                input = try command.body(&context)
                probeState = context.state
            } catch {
                return []
            }
        }
        return input?.columns.map(\.name) ?? []
    }
}
