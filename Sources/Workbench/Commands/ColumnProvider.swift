/// A column a plugin adds to the table of a core command — `sentiment` on `quotes` — so that
/// plugins extend a shared table without editing its command or knowing each other.
///
/// The command opts in by calling `CommandContext.addProvidedColumns(to:)` on its result
/// (and `prepareProvidedColumns(for:)` before making its rows, to keep its peak memory low);
/// the workbench then appends, after the command's own columns, one column per provider
/// registered for that table name, in plugin order. Values come from each row's span (rows
/// without one get null), computed in one call per table so a provider can share work
/// across rows. The provider's `requires` are made fresh first through the engine, like a
/// command's: `quotes` requires the quotes, the sentiment column requires `sentiment.quotes`,
/// which requires the quotes in turn.
public struct ColumnProvider: Sendable {
    public typealias Values = @Sendable (_ graph: CorpusGraph, _ spans: [Span?]) throws -> [Value]

    /// The table (and command) it extends: `quotes`.
    public var table: String
    public var column: Table.Column
    /// One line for `help` on the extended command.
    public var summary: String
    public var requires: [AnalysisKey]
    /// One value per span, in order.
    public var values: Values
    /// The plugin that registered it.
    public internal(set) var plugin: String = "core"

    public init(table: String, column: Table.Column, summary: String, requires: [AnalysisKey] = [], values: @escaping Values) {
        self.table = table
        self.column = column
        self.summary = summary
        self.requires = requires
        self.values = values
    }
}

extension CommandContext {
    /// Makes fresh the analyses that the columns provided for table `name` require, before
    /// the command builds its rows: their working memory (a lexicon, a scorer) then comes and
    /// goes before the table exists instead of on top of it, which was the peak of `quotes`.
    /// A failure is kept for `addProvidedColumns` to report.
    public mutating func prepareProvidedColumns(for name: String) throws {
        for provider in workbench.columnProviders(for: name) {
            do {
                try require(provider.requires, reading: needsColumn(provider.column.name))
            } catch let error as WorkbenchError where error.code != .cancelled {
                providerFailures[provider.column.name] = error
            }
        }
    }

    /// Appends the columns plugins provide for `table.name` (see `ColumnProvider`). A column
    /// the table already has is left as the command made it. A plugin's failure (its data
    /// files missing, say) does not fail the core command: the column is left empty, with a
    /// warning that says why. Ctrl-C still cancels. A column the next stage does not read
    /// (`columnsNeeded`) is left null: its analyses are made fresh as always (the same runs,
    /// notes and graph), but a layer restored from a workspace for it is not read, and its
    /// values are not computed.
    public mutating func addProvidedColumns(to table: inout Table) throws {
        let providers = workbench.columnProviders(for: table.name)
        guard !providers.isEmpty else { return }
        let spans = table.rows.map(\.span)
        var added: [[Value]] = []
        for provider in providers where !table.columnNames.contains(provider.column.name) {
            var values: [Value]
            do {
                if let failure = providerFailures[provider.column.name] { throw failure }
                let needed = needsColumn(provider.column.name)
                try require(provider.requires, reading: needed)
                values = needed ? try provider.values(graph, spans) : Array(repeating: .null, count: spans.count)
                if values.count != table.rows.count {
                    throw WorkbenchError(.analysisFailed, "it gave \(values.count) values for \(table.rows.count) rows")
                }
            } catch let error as WorkbenchError where error.code != .cancelled {
                warn("column '\(provider.column.name)' of plugin '\(provider.plugin)' left empty: \(error.message)"
                     + (error.hint.map { " (\($0))" } ?? ""))
                values = Array(repeating: .null, count: table.rows.count)
            }
            table.columns.append(provider.column)
            added.append(values)
        }
        // Each row grows once, to its exact new size (appending would double its storage).
        guard !added.isEmpty else { return }
        for index in table.rows.indices {
            table.rows[index].values.reserveCapacity(table.rows[index].values.count + added.count)
            for values in added { table.rows[index].values.append(values[index]) }
        }
    }
}
