/// A tab-separated data file of the gazetteer, parsed into rows that remember their line.
///
/// The format is the one the data files document at their top: `#` comment lines and blank
/// lines are skipped, the first other line is the header, and every row has at most as many
/// fields as the header (missing trailing fields are empty, because editors strip trailing
/// tabs). Every complaint names the file and the line, so a bad edit is found at once.
struct TSVTable {
    /// One data row: its fields by column, and where it came from.
    struct Row {
        let file: String
        let line: Int
        fileprivate let fields: [String]
        fileprivate let columns: [String: Int]

        /// The field of `column`, trimmed; empty when the row has no such field.
        func value(_ column: String) -> String {
            guard let index = columns[column], index < fields.count else { return "" }
            return fields[index]
        }

        /// The field of `column`, which must not be empty.
        func required(_ column: String) throws -> String {
            let text = value(column)
            if text.isEmpty { throw error("column '\(column)' is empty") }
            return text
        }

        /// The `|`-separated values of `column`; an empty field is an empty list, but an empty
        /// value inside a list (`a||b`, a trailing `|`) is an error.
        func list(_ column: String) throws -> [String] {
            let text = value(column)
            if text.isEmpty { return [] }
            let values = text.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map(TSVTable.trimmed)
            if values.contains(where: \.isEmpty) { throw error("column '\(column)' has an empty value in '\(text)'") }
            return values
        }

        /// An error located at this row.
        func error(_ message: String) -> WorkbenchError {
            TSVTable.error(file: file, line: line, message)
        }
    }

    let file: String
    let columns: [String]
    let rows: [Row]

    /// Parses `text`, whose header must be exactly `expectedColumns`.
    init(parsing text: String, file: String, expectedColumns: [String]) throws {
        self.file = file
        var header: [String]?
        var columnIndex: [String: Int] = [:]
        var rows: [Row] = []
        var lineNumber = 0
        // Split on the UTF-8 bytes: lines and tabs are ASCII, and grapheme breaking is slow.
        for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine
            guard let firstVisible = line.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }),
                  firstVisible != UInt8(ascii: "#") else { continue }
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                .map(TSVTable.trimmed)
            guard header != nil else {
                guard fields == expectedColumns else {
                    throw TSVTable.error(file: file, line: lineNumber,
                                         "header is '\(fields.joined(separator: " | "))', expected '\(expectedColumns.joined(separator: " | "))'")
                }
                header = fields
                for (index, name) in fields.enumerated() { columnIndex[name] = index }
                continue
            }
            guard fields.count <= expectedColumns.count else {
                throw TSVTable.error(file: file, line: lineNumber,
                                     "\(fields.count) fields, expected at most \(expectedColumns.count) (\(expectedColumns.joined(separator: ", ")))")
            }
            rows.append(Row(file: file, line: lineNumber, fields: fields, columns: columnIndex))
        }
        guard header != nil else {
            throw TSVTable.error(file: file, line: max(lineNumber, 1), "no header line")
        }
        self.columns = expectedColumns
        self.rows = rows
    }

    static func error(file: String, line: Int, _ message: String) -> WorkbenchError {
        WorkbenchError(.format, "\(file):\(line): \(message)",
                       hint: "see the column description at the top of \(file)",
                       at: SourceLocation(file: file, line: line, column: 1))
    }

    /// The UTF-8 bytes as text, without surrounding spaces.
    fileprivate static func trimmed<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> String {
        let space = UInt8(ascii: " ")
        guard let first = bytes.firstIndex(where: { $0 != space }), let last = bytes.lastIndex(where: { $0 != space }) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
