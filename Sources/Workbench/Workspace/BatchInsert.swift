import GRDB

/// Inserts many rows into one table with multi-row `INSERT … VALUES (…), (…), …` statements.
///
/// Why not one statement per row: inside the save transaction, SQLite gives every statement
/// that may abort half-way (the `nodes` trigger that checks a span against its document,
/// foreign keys) a statement journal, a copy of each page it touches. One row per statement
/// copied the same few pages over and over: 1.5 million node rows of a 100,000-document
/// corpus meant gigabytes of copying and most of the time `save` took.
struct BatchInsert {
    /// Rows per statement: 8 columns × 128 rows stays far below SQLite's variable limit.
    static let rowsPerStatement = 128

    private let table: String
    private let columns: [String]
    private var pending: [(any DatabaseValueConvertible)?] = []
    private var full: GRDB.Statement?

    init(into table: String, columns: [String]) {
        self.table = table
        self.columns = columns
        pending.reserveCapacity(columns.count * Self.rowsPerStatement)
    }

    /// Adds one row (its values in `columns` order); writes a batch when one is full.
    mutating func add(_ row: [(any DatabaseValueConvertible)?], in db: Database) throws {
        pending.append(contentsOf: row)
        if pending.count == columns.count * Self.rowsPerStatement { try flush(in: db) }
    }

    /// Writes the rows not written yet.
    mutating func flush(in db: Database) throws {
        let rows = pending.count / columns.count
        guard rows > 0 else { return }
        let statement: GRDB.Statement
        if rows == Self.rowsPerStatement, let full {
            statement = full
        } else {
            let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
            let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
                + Array(repeating: row, count: rows).joined(separator: ", ")
            statement = try db.makeStatement(sql: sql)
            if rows == Self.rowsPerStatement { full = statement }
        }
        try statement.execute(arguments: StatementArguments(pending))
        pending.removeAll(keepingCapacity: true)
    }
}
