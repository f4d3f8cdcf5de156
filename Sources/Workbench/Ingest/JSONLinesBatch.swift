/// A `.jsonl` file's lines read in batches, each batch worked out on several threads
/// (`PreparedChunks`): lines are independent, so parsing, mapping fields, finding a dateline and
/// hashing the text can run anywhere. What depends on order — warnings and their per-kind
/// throttling, duplicate ids and texts, adding to the graph — is then done line by line in
/// file order, so the outcome and every warning are those of a sequential load.
struct JSONLinesBatch {
    /// Lines are read in blocks of about this many bytes (`JSONLinesReader`), a batch being
    /// at most `maxLines` of them: enough to keep every thread busy, small enough that a huge
    /// file is never held whole.
    static let maxBytes = 1 << 20
    static let maxLines = 4096

    /// One line, without its `\n` (a trailing `\r` is kept; JSON treats it as whitespace).
    struct Line {
        /// Where it is in the batch's `bytes`.
        var range: Range<Int>
        /// 1-based line number in the file.
        var number: Int
        /// Offset of the line's first byte in the file.
        var offset: Int
    }

    /// The bytes the lines are ranges of (a block of the file, shared by its batches).
    var bytes: [UInt8]
    var lines: [Line]

    /// What one line yields, before anything order-dependent happens.
    struct Prepared: Sendable {
        enum Outcome: Sendable {
            case blank
            /// Invalid JSON, or JSON that is not an object: the warning and the line it points at.
            case malformed(message: String, line: Int, kind: String)
            case record(Record)
        }

        /// The file offset of its first invalid UTF-8 byte, if any.
        var invalidUTF8: Int?
        var outcome: Outcome
    }

    /// A record's mapping: warnings about fields, then either why it is skipped or its date
    /// (with a warning about a bad one) and the document it becomes.
    struct Record: Sendable {
        var fieldWarnings: [String]
        var skipped: (reason: SkipReason, message: String)?
        var dateWarning: String?
        var document: Document?
    }

    /// The batch's lines to be worked out, by the calling thread and `threads - 1` helpers.
    func prepare(file: InputFile, options: LoadOptions, threads: Int, cancellation: CancellationToken) -> PreparedChunks {
        let (bytes, lines) = (self.bytes, self.lines)
        let chunks = PreparedChunks(count: lines.count, threads: threads) { i in
            JSONLinesBatch.prepare(lines[i], of: bytes, file: file, options: options)
        }
        chunks.startHelpers(threads - 1, cancellation: cancellation)
        return chunks
    }

    private static func prepare(_ line: Line, of bytes: [UInt8], file: InputFile, options: LoadOptions) -> Prepared {
        if FileBytes.isBlank(bytes[line.range]) { return Prepared(outcome: .blank) }
        // The file offset of the line's first bad UTF-8 byte, looked for only when the parser
        // met one or failed (see `JSONParser.sawInvalidUTF8`).
        var firstInvalid: Int? { FileBytes.firstInvalidUTF8(bytes, in: line.range).map { line.offset + $0 - line.range.lowerBound } }
        // Only a record's scalar fields become a document: nested values are checked, not kept.
        var parser = JSONParser(bytes: bytes, range: line.range, firstLine: line.number, keepDepth: 1)
        let value: JSONValue
        do {
            value = try parser.parseDocument()
        } catch {
            return Prepared(invalidUTF8: firstInvalid, outcome: .malformed(
                message: "invalid JSON: \(error.message) at column \(error.column); line skipped", line: error.line, kind: "invalid JSON"))
        }
        let invalid = parser.sawInvalidUTF8 ? firstInvalid : nil
        guard case .object(let object) = value else {
            return Prepared(invalidUTF8: invalid, outcome: .malformed(
                message: "expected a JSON object, found \(value.kindName); line skipped", line: line.number, kind: "not an object"))
        }
        switch RecordMapper(options: options).map(object) {
        case .skipped(let reason, let message, let warnings):
            return Prepared(invalidUTF8: invalid, outcome: .record(Record(fieldWarnings: warnings, skipped: (reason, message))))
        case .mapped(let mapped, let warnings):
            let (date, dateWarning) = LoadRun.date(field: mapped.dateField, value: mapped.dateValue, text: mapped.text)
            let document = Document(id: mapped.id ?? "\(file.idBase):\(line.number)", title: mapped.title, date: date,
                                    source: "\(file.path):\(line.number)", text: mapped.text, metadata: mapped.metadata)
            return Prepared(invalidUTF8: invalid, outcome: .record(Record(fieldWarnings: warnings, dateWarning: dateWarning?.message,
                                                                         document: document)))
        }
    }
}

extension LoadRun {
    /// A batch's lines, worked out in parallel, then applied in file order as
    /// `loadJSONLinesFile` would one by one. Returns whether any line held something.
    mutating func load(_ batch: JSONLinesBatch, file: InputFile, warnedUTF8: inout Bool) throws -> Bool {
        var sawRecord = false
        let chunks = batch.prepare(file: file, options: options, threads: threads, cancellation: cancellation)
        for chunk in 0..<chunks.chunks {
            try checkCancelled()
            for (line, prepared) in zip(batch.lines[chunks.range(of: chunk)], chunks.results(of: chunk)) {
                if case .blank = prepared.outcome { continue }
                sawRecord = true
                try apply(prepared, line: line.number, file: file, warnedUTF8: &warnedUTF8)
            }
        }
        return sawRecord
    }

    /// One line's outcome: its warnings, and its document unless it is a duplicate.
    private mutating func apply(_ prepared: JSONLinesBatch.Prepared, line: Int, file: InputFile, warnedUTF8: inout Bool) throws {
        if !warnedUTF8, let bad = prepared.invalidUTF8 {
            warnedUTF8 = true
            warn("invalid UTF-8 at byte \(bad); replaced with U+FFFD", file: file.path, line: line)
        }
        switch prepared.outcome {
        case .blank:
            return
        case .malformed(let message, let at, let kind):
            skip(.malformed, message, file: file.path, line: at, kind: kind)
        case .record(let record):
            for warning in record.fieldWarnings { warn(warning, file: file.path, line: line, kind: "field") }
            if let (reason, message) = record.skipped {
                skip(reason, message, file: file.path, line: line, kind: reason.rawValue)
                return
            }
            if let warning = record.dateWarning { warn(warning, file: file.path, line: line, kind: "date") }
            if let document = record.document { try add(document, file: file.path, line: line) }
        }
    }
}
