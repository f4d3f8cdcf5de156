import Foundation

/// A parse failure with where it happened: 1-based line and column (columns count
/// characters, not bytes, so they match what an editor shows).
struct JSONParseError: Error, Equatable {
    var message: String
    var line: Int
    var column: Int
}

/// A small strict JSON parser (RFC 8259) over UTF-8 bytes.
///
/// Written here because `JSONSerialization` is slow on Linux and loses key order and number
/// kinds. Strict means: no comments, no trailing commas, no leading zeros, no raw control
/// characters in strings, no unpaired surrogates. Nesting is capped so that hostile input
/// cannot overflow the stack.
struct JSONParser {
    static let maxDepth = 512

    let bytes: [UInt8]
    /// The part of `bytes` parsed: `start..<end` (a line of a larger buffer, or all of it).
    let start: Int
    let end: Int
    var i: Int
    let firstLine: Int
    var depth = 0
    // Incremental line counting, for record start lines (which only move forward).
    var countedTo = 0
    var countedLine: Int
    /// Arrays and objects nested deeper than this are checked but not kept: they come back
    /// empty. A loader that reads only a record's scalar fields (a JSONL corpus whose records
    /// carry annotations) skips building what it would throw away.
    let keepDepth: Int
    /// Escapes decoded while skipping a string.
    var scratch: [UInt8] = []
    /// Whether a string held bytes that are not UTF-8 (replaced with U+FFFD). After a
    /// successful parse, false means the whole input is UTF-8: every byte outside a string is
    /// ASCII, or the parse fails. A loader that must report the first bad byte looks for it
    /// only then, instead of checking every line twice (here and in `FileBytes`).
    var sawInvalidUTF8 = false

    /// A parser over `bytes`, whose first line is line `firstLine` of its file. A leading
    /// UTF-8 byte-order mark is skipped.
    init(bytes: [UInt8], firstLine: Int = 1, keepDepth: Int = .max) {
        self.init(bytes: bytes, range: 0..<bytes.count, firstLine: firstLine, keepDepth: keepDepth)
    }

    /// A parser over `bytes[range]` only (offsets and `i` stay those of `bytes`).
    init(bytes: [UInt8], range: Range<Int>, firstLine: Int = 1, keepDepth: Int = .max) {
        self.bytes = bytes
        self.start = range.lowerBound
        self.end = range.upperBound
        self.firstLine = firstLine
        self.keepDepth = keepDepth
        self.countedLine = firstLine
        self.countedTo = range.lowerBound
        self.i = FileBytes.hasBOM(bytes[range]) ? range.lowerBound + 3 : range.lowerBound
    }

    /// Parses the whole input as one value; only whitespace may follow it.
    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        try expectEnd()
        return value
    }

    /// Parses a `.json` file's records: the elements of a top-level array, or the single
    /// top-level value, each with the line it starts on.
    mutating func parseRecords() throws(JSONParseError) -> [(line: Int, value: JSONValue)] {
        skipWhitespace()
        guard i < end, bytes[i] == UInt8(ascii: "[") else {
            let line = lineAt(i)
            let value = try parseValue()
            try expectEnd()
            return [(line, value)]
        }
        i += 1
        var records: [(line: Int, value: JSONValue)] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            i += 1
            try expectEnd()
            return records
        }
        while true {
            skipWhitespace()
            let line = lineAt(i)
            records.append((line, try parseValue()))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "]"): i += 1; try expectEnd(); return records
            default: throw failure("expected ',' or ']' in array")
            }
        }
    }

    // MARK: Values

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard let byte = peek() else { throw failure("unexpected end of input") }
        switch byte {
        case UInt8(ascii: "{") where depth >= keepDepth: try skipObject(); return .object(JSONObject())
        case UInt8(ascii: "[") where depth >= keepDepth: try skipArray(); return .array([])
        case UInt8(ascii: "{"): return .object(try parseObject())
        case UInt8(ascii: "["): return .array(try parseArray())
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw failure("unexpected \(describe(byte))")
        }
    }

    mutating func parseObject() throws(JSONParseError) -> JSONObject {
        try enter()
        i += 1
        var object = JSONObject()
        skipWhitespace()
        if peek() == UInt8(ascii: "}") { i += 1; depth -= 1; return object }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw failure("expected a string key in object") }
            let key = try parseString()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw failure("expected ':' after object key") }
            i += 1
            skipWhitespace()
            object.members.append(JSONObject.Member(key: key, value: try parseValue()))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "}"): i += 1; depth -= 1; return object
            default: throw failure("expected ',' or '}' in object")
            }
        }
    }

    mutating func parseArray() throws(JSONParseError) -> [JSONValue] {
        try enter()
        i += 1
        var values: [JSONValue] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") { i += 1; depth -= 1; return values }
        while true {
            skipWhitespace()
            values.append(try parseValue())
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "]"): i += 1; depth -= 1; return values
            default: throw failure("expected ',' or ']' in array")
            }
        }
    }

    mutating func parseString() throws(JSONParseError) -> String {
        let open = i
        i += 1
        let first = i
        // Fast path: no escapes.
        i = plainRunEnd(from: i)
        if i < end, bytes[i] == UInt8(ascii: "\"") {
            i += 1
            return string(bytes[first..<(i - 1)])
        }
        var buffer = Array(bytes[first..<i])
        while true {
            guard i < end else { i = open; throw failure("unterminated string") }
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""):
                i += 1
                return string(buffer[...])
            case UInt8(ascii: "\\"):
                try parseEscape(into: &buffer)
            case 0..<0x20:
                throw failure("control character \(describe(byte)) in string (escape it)")
            default:
                // A run of plain bytes at once.
                let start = i
                i = plainRunEnd(from: i + 1)
                buffer.append(contentsOf: bytes[start..<i])
            }
        }
    }

    /// The bytes as a string, bad UTF-8 replaced with U+FFFD (and noted). A string's bytes
    /// are valid exactly when its raw bytes are: escapes decode to whole scalars, and a raw
    /// run ends or starts at an ASCII byte.
    mutating func string(_ utf8: ArraySlice<UInt8>) -> String {
        var text = String(decoding: utf8, as: UTF8.self)
        // Decoding changes the bytes exactly when they are not UTF-8 (a replacement is never
        // the bytes it replaces). `String(validating:)` would say so too, but is not
        // specialised: its generic metadata look-ups cost more than the validation.
        if !sawInvalidUTF8 {
            let same = text.withUTF8 { decoded in
                utf8.withUnsafeBufferPointer { raw in
                    guard decoded.count == raw.count else { return false }
                    guard let a = decoded.baseAddress, let b = raw.baseAddress else { return true }
                    return memcmp(a, b, raw.count) == 0
                }
            }
            if !same { sawInvalidUTF8 = true }
        }
        return text
    }

    /// The index of the first `"`, `\\` or control byte from `from` (or the end): eight bytes
    /// at a time, as texts are long runs of plain bytes (a byte-by-byte loop was most of
    /// parsing a news corpus).
    func plainRunEnd(from: Int) -> Int {
        bytes.withUnsafeBufferPointer { b in
            let n = end
            var j = from
            if let base = b.baseAddress {
                let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
                while j + 8 <= n {
                    let x = UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self)
                    let quote = x ^ (ones &* 0x22), backslash = x ^ (ones &* 0x5C)
                    // A byte of `quote` or `backslash` is zero, or a byte of `x` is below 0x20
                    // (the lowest flagged byte is exact; any flag stops the fast loop).
                    let found = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (x &- ones &* 0x20) & ~x) & high
                    if found != 0 { break }
                    j += 8
                }
            }
            while j < n {
                let byte = b[j]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                j += 1
            }
            return j
        }
    }

    mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONParseError) {
        guard i + 1 < end else { i += 1; throw failure("unterminated string") }
        let code = bytes[i + 1]
        let simple: UInt8?
        switch code {
        case UInt8(ascii: "\""): simple = 0x22
        case UInt8(ascii: "\\"): simple = 0x5C
        case UInt8(ascii: "/"): simple = 0x2F
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default: throw failure("invalid escape '\\\(Character(Unicode.Scalar(code)))'")
        }
        if let simple {
            buffer.append(simple)
            i += 2
            return
        }
        let escapeStart = i
        i += 2
        var value = try hex4()
        if (0xD800...0xDBFF).contains(value) {
            guard i + 1 < end, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                i = escapeStart
                throw failure("unpaired surrogate in \\u escape")
            }
            i += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else {
                i = escapeStart
                throw failure("unpaired surrogate in \\u escape")
            }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(value) {
            i = escapeStart
            throw failure("unpaired surrogate in \\u escape")
        }
        guard let scalar = Unicode.Scalar(value) else { i = escapeStart; throw failure("invalid \\u escape") }
        buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    mutating func hex4() throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek() else { throw failure("unterminated string") }
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("expected 4 hex digits after \\u")
            }
            value = value * 16 + UInt32(digit)
            i += 1
        }
        return value
    }

    mutating func parseNumber() throws(JSONParseError) -> String {
        let start = i
        try scanNumber()
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    mutating func scanNumber() throws(JSONParseError) {
        if peek() == UInt8(ascii: "-") { i += 1 }
        guard let first = peek(), isDigit(first) else { throw failure("invalid number") }
        i += 1
        if first == UInt8(ascii: "0"), let next = peek(), isDigit(next) {
            throw failure("invalid number (leading zero)")
        }
        while let byte = peek(), isDigit(byte) { i += 1 }
        if peek() == UInt8(ascii: ".") {
            i += 1
            guard let byte = peek(), isDigit(byte) else { throw failure("invalid number (digit expected after '.')") }
            while let byte = peek(), isDigit(byte) { i += 1 }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            i += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { i += 1 }
            guard let byte = peek(), isDigit(byte) else { throw failure("invalid number (digit expected in exponent)") }
            while let byte = peek(), isDigit(byte) { i += 1 }
        }
    }

    // MARK: Helpers

    mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > JSONParser.maxDepth { throw failure("nesting deeper than \(JSONParser.maxDepth) levels") }
    }

    mutating func expectEnd() throws(JSONParseError) {
        skipWhitespace()
        if i < end { throw failure("unexpected text after the JSON value") }
    }

    func peek() -> UInt8? { i < end ? bytes[i] : nil }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    mutating func skipWhitespace() {
        while i < end {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
        if byte < 0x80 { return "character U+\(String(byte, radix: 16, uppercase: true).leftPadded(to: 4))" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    /// The line of byte `offset`; offsets must not decrease between calls.
    mutating func lineAt(_ offset: Int) -> Int {
        if offset < countedTo { countedTo = start; countedLine = firstLine }
        while countedTo < offset {
            if bytes[countedTo] == 0x0A { countedLine += 1 }
            countedTo += 1
        }
        return countedLine
    }

    func failure(_ message: String) -> JSONParseError {
        let at = min(i, end)
        var line = firstLine
        var lineStart = start
        for k in start..<at where bytes[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        // Columns count characters: every byte that is not a UTF-8 continuation byte.
        let column = bytes[lineStart..<at].reduce(1) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
        return JSONParseError(message: message, line: line, column: column)
    }
}
