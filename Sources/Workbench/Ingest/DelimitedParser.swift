/// An RFC 4180 reader for CSV (and TSV, with a tab delimiter): quoted fields, doubled
/// quotes, newlines inside quotes, CRLF or LF line ends.
///
/// It yields rows one at a time together with the line each starts on, and reports a
/// malformed row instead of giving up, so that one bad row costs one row.
struct DelimitedParser {
    enum Item: Equatable {
        /// A row's fields, and the 1-based line where the row starts.
        case row([String], line: Int)
        /// A row that could not be read; parsing continues on the next line.
        case malformed(String, line: Int)
        /// A quote that never closes: everything after `line` was swallowed by it.
        case unterminatedQuote(line: Int)
    }

    private let bytes: [UInt8]
    private let delimiter: UInt8
    private var i: Int
    private var line = 1
    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// A parser over a whole file's bytes; a leading byte-order mark is skipped.
    init(bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.i = FileBytes.hasBOM(bytes) ? 3 : 0
    }

    /// The next row, malformed row or unterminated quote; nil at the end. Blank lines are
    /// skipped.
    mutating func next() -> Item? {
        while i < bytes.count {
            if isLineEnd(at: i) {
                consumeLineEnd()
                continue
            }
            return readRow()
        }
        return nil
    }

    private mutating func readRow() -> Item {
        let rowLine = line
        var fields: [String] = []
        while true {
            if i < bytes.count, bytes[i] == DelimitedParser.quote {
                let openLine = line
                i += 1
                var field: [UInt8] = []
                var closed = false
                while i < bytes.count {
                    let byte = bytes[i]
                    if byte == DelimitedParser.quote {
                        if i + 1 < bytes.count, bytes[i + 1] == DelimitedParser.quote {
                            field.append(byte)
                            i += 2
                            continue
                        }
                        i += 1
                        closed = true
                        break
                    }
                    if byte == DelimitedParser.newline { line += 1 }
                    field.append(byte)
                    i += 1
                }
                guard closed else { return .unterminatedQuote(line: openLine) }
                fields.append(String(decoding: field, as: UTF8.self))
                if i < bytes.count, bytes[i] != delimiter, !isLineEnd(at: i) {
                    skipRestOfLine()
                    return .malformed("unexpected text after a closing quote", line: rowLine)
                }
            } else {
                let start = i
                while i < bytes.count, bytes[i] != delimiter, bytes[i] != DelimitedParser.newline { i += 1 }
                var end = i
                if end > start, bytes[end - 1] == DelimitedParser.carriageReturn, i == bytes.count || bytes[i] == DelimitedParser.newline {
                    end -= 1
                }
                fields.append(String(decoding: bytes[start..<end], as: UTF8.self))
            }
            if i < bytes.count, bytes[i] == delimiter {
                i += 1
                continue
            }
            consumeLineEnd()
            return .row(fields, line: rowLine)
        }
    }

    /// True at `\n` or at `\r\n`.
    private func isLineEnd(at index: Int) -> Bool {
        if bytes[index] == DelimitedParser.newline { return true }
        return bytes[index] == DelimitedParser.carriageReturn && index + 1 < bytes.count && bytes[index + 1] == DelimitedParser.newline
            || bytes[index] == DelimitedParser.carriageReturn && index + 1 == bytes.count
    }

    private mutating func consumeLineEnd() {
        if i < bytes.count, bytes[i] == DelimitedParser.carriageReturn { i += 1 }
        if i < bytes.count, bytes[i] == DelimitedParser.newline {
            i += 1
            line += 1
        }
    }

    private mutating func skipRestOfLine() {
        while i < bytes.count, bytes[i] != DelimitedParser.newline { i += 1 }
        consumeLineEnd()
    }
}
