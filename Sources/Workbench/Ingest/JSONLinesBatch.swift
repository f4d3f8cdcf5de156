/// A `.jsonl` file's lines read in batches, each batch worked out on several threads
/// (`ParallelMap`): lines are independent, so parsing, mapping fields, finding a dateline and
/// hashing the text can run anywhere. What depends on order — warnings and their per-kind
/// throttling, duplicate ids and texts, adding to the graph — is then done line by line in
/// file order, so the outcome and every warning are those of a sequential load.
struct JSONLinesBatch {
    /// Lines are read up to this many bytes before a batch is worked out: enough to keep
    /// every thread busy, small enough that a huge file is never held whole.
    static let maxBytes = 1 << 20
    static let maxLines = 4096

    var lines: [ChunkedLineReader.Line] = []
    var bytes = 0

    var isFull: Bool { bytes >= JSONLinesBatch.maxBytes || lines.count >= JSONLinesBatch.maxLines }

    mutating func append(_ line: ChunkedLineReader.Line) {
        bytes += line.bytes.count
        lines.append(line)
    }

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

    /// Every line of the batch worked out, in order.
    func prepare(file: InputFile, options: LoadOptions, threads: Int, cancellation: CancellationToken) throws -> [Prepared] {
        let lines = self.lines
        return try ParallelMap.map(lines.count, threads: threads, cancellation: cancellation) { i in
            JSONLinesBatch.prepare(lines[i], file: file, options: options)
        }
    }

    private static func prepare(_ line: ChunkedLineReader.Line, file: InputFile, options: LoadOptions) -> Prepared {
        if FileBytes.isBlank(line.bytes) { return Prepared(outcome: .blank) }
        let invalid = FileBytes.firstInvalidUTF8(line.bytes).map { line.offset + $0 }
        // Only a record's scalar fields become a document: nested values are checked, not kept.
        var parser = JSONParser(bytes: line.bytes, firstLine: line.number, keepDepth: 1)
        let value: JSONValue
        do {
            value = try parser.parseDocument()
        } catch {
            return Prepared(invalidUTF8: invalid, outcome: .malformed(
                message: "invalid JSON: \(error.message) at column \(error.column); line skipped", line: error.line, kind: "invalid JSON"))
        }
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
        for (line, prepared) in zip(batch.lines, try batch.prepare(file: file, options: options, threads: threads, cancellation: cancellation)) {
            if case .blank = prepared.outcome { continue }
            sawRecord = true
            if !warnedUTF8, let bad = prepared.invalidUTF8 {
                warnedUTF8 = true
                warn("invalid UTF-8 at byte \(bad); replaced with U+FFFD", file: file.path, line: line.number)
            }
            switch prepared.outcome {
            case .blank:
                continue
            case .malformed(let message, let at, let kind):
                skip(.malformed, message, file: file.path, line: at, kind: kind)
            case .record(let record):
                for warning in record.fieldWarnings { warn(warning, file: file.path, line: line.number, kind: "field") }
                if let (reason, message) = record.skipped {
                    skip(reason, message, file: file.path, line: line.number, kind: reason.rawValue)
                    continue
                }
                if let warning = record.dateWarning { warn(warning, file: file.path, line: line.number, kind: "date") }
                if let document = record.document { try add(document, file: file.path, line: line.number) }
            }
        }
        return sawRecord
    }
}
