/// What every command returns and what flows through `|`: named, typed columns and rows.
///
/// A row may carry the span it came from, so any result can be traced back to its text.
public struct Table: Sendable, Equatable {
    public enum ColumnType: String, Sendable, Equatable {
        case string, int, double, bool, date, array, any
    }

    public struct Column: Sendable, Equatable {
        public var name: String
        public var type: ColumnType
        public init(_ name: String, _ type: ColumnType = .string) {
            self.name = name
            self.type = type
        }
    }

    public struct Row: Sendable, Equatable {
        public var values: [Value]
        /// The text this row is about, when there is one.
        public var span: Span?
        public init(_ values: [Value], span: Span? = nil) {
            self.values = values
            self.span = span
        }
    }

    /// How the terminal shows it. Structured formats (JSON, CSV …) ignore it.
    public enum Presentation: Sendable, Equatable {
        /// Aligned columns with a header.
        case grid
        /// The `text` column of each row as a plain line (help pages).
        case lines
        /// `[N] text` per row, N from the first column (`show`: paragraph numbers).
        case numbered
    }

    public var name: String
    public var columns: [Column]
    public var rows: [Row]
    public var presentation: Presentation

    public init(name: String, columns: [Column], rows: [Row] = [], presentation: Presentation = .grid) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.presentation = presentation
    }

    /// A one-column table of text lines, shown as plain lines at the terminal.
    public static func lines(_ name: String, _ lines: [String]) -> Table {
        Table(name: name, columns: [Column("text")], rows: lines.map { Row([.string($0)]) }, presentation: .lines)
    }

    /// An empty result: commands that only act (`set`, `load` …) return one.
    public static func empty(_ name: String) -> Table {
        Table(name: name, columns: [], rows: [])
    }

    public var columnNames: [String] { columns.map(\.name) }

    /// The index of a column, or an error naming the columns there are.
    public func columnIndex(_ name: String) throws -> Int {
        if let i = columns.firstIndex(where: { $0.name == name }) { return i }
        if let i = columns.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) { return i }
        var hint = "columns of '\(self.name)': " + columnNames.joined(separator: ", ")
        if let near = Suggestions.didYouMean(name, in: columnNames) { hint = near + " " + hint }
        throw WorkbenchError(.unknownColumn, "no column '\(name)' in table '\(self.name)'", hint: hint)
    }

    /// Appends a row; the values must match the columns in number.
    public mutating func append(_ values: [Value], span: Span? = nil) {
        rows.append(Row(values, span: span))
    }
}
