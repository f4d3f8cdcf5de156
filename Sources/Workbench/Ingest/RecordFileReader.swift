import Foundation

/// Reading the record formats: `.json`, `.jsonl`, `.csv` and `.tsv`.
///
/// Ids of records without an id field are `STEM:LINE`, where LINE is the line the record
/// starts on (the JSONL line, the CSV row's first line, the line of a JSON array element),
/// matching the document's `source` `FILE:LINE`. A `.json` file holding one object and no id
/// is simply `STEM`.
extension LoadRun {
    /// A `.json` file: one object, or an array of objects. Parsed whole, so an error skips
    /// the file.
    mutating func loadJSONFile(_ file: InputFile) throws {
        guard let bytes = readChecked(file) else { return }
        if let bad = FileBytes.firstInvalidUTF8(bytes) {
            warn("invalid UTF-8 at byte \(bad); replaced with U+FFFD", file: file.path, line: FileBytes.line(ofByte: bad, in: bytes))
        }
        var parser = JSONParser(bytes: bytes)
        let records: [(line: Int, value: JSONValue)]
        do {
            records = try parser.parseRecords()
        } catch {
            skip(.malformed, "invalid JSON: \(error.message) at column \(error.column); skipped the file",
                 file: file.path, line: error.line)
            return
        }
        let isArray = bytes.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) } == UInt8(ascii: "[")
        if !isArray, let only = records.first, case .object(let object) = only.value {
            try loadRecord(object, file: file, line: only.line, fallbackID: file.idBase, source: file.path)
            return
        }
        if !isArray, let only = records.first {
            skip(.malformed, "expected an object or an array of objects, found \(only.value.kindName); skipped the file",
                 file: file.path, line: only.line)
            return
        }
        if records.isEmpty { skip(.empty, "empty array; skipped", file: file.path) }
        for (line, value) in records {
            try checkCancelled()
            guard case .object(let object) = value else {
                skip(.malformed, "expected a JSON object, found \(value.kindName); record skipped",
                     file: file.path, line: line, kind: "not an object")
                continue
            }
            try loadRecord(object, file: file, line: line)
        }
    }

    /// A `.jsonl` file, streamed in batches of lines (see `JSONLinesBatch`): a bad line costs
    /// that line only.
    mutating func loadJSONLinesFile(_ file: InputFile) throws {
        guard var reader = JSONLinesReader(path: file.path) else {
            skip(.unreadable, "cannot read this file; skipped", file: file.path)
            return
        }
        defer { reader.close() }
        if FileBytes.looksBinary(Array(try reader.peek(FileBytes.sniffLength))) {
            skip(.binary, "binary file; skipped", file: file.path)
            return
        }
        var sawRecord = false
        var warnedUTF8 = false
        while let batch = try reader.nextBatch() {
            try checkCancelled()
            progress.advance(to: bytesDone + reader.bytesRead)
            sawRecord = try load(batch, file: file, warnedUTF8: &warnedUTF8) || sawRecord
        }
        if !sawRecord { skip(.empty, "empty file; skipped", file: file.path) }
    }

    /// A `.csv` or `.tsv` file: a header row naming the fields, then one record per row.
    mutating func loadDelimitedFile(_ file: InputFile, delimiter: UInt8) throws {
        guard let bytes = readChecked(file) else { return }
        if let bad = FileBytes.firstInvalidUTF8(bytes) {
            warn("invalid UTF-8 at byte \(bad); replaced with U+FFFD", file: file.path, line: FileBytes.line(ofByte: bad, in: bytes))
        }
        var parser = DelimitedParser(bytes: bytes, delimiter: delimiter)
        var header: [String]?
        var rows = 0
        while let item = parser.next() {
            try checkCancelled()
            switch item {
            case .unterminatedQuote(let line):
                skip(.malformed, "unterminated quoted field starting here; skipped the rest of the file", file: file.path, line: line)
            case .malformed(let message, let line):
                skip(.malformed, "\(message); row skipped", file: file.path, line: line, kind: "malformed row")
            case .row(let fields, let line):
                guard let names = header else {
                    header = fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                    continue
                }
                rows += 1
                guard fields.count == names.count else {
                    skip(.malformed, "row has \(fields.count) field\(fields.count == 1 ? "" : "s") but the header has \(names.count); row skipped",
                         file: file.path, line: line, kind: "malformed row")
                    continue
                }
                let object = JSONObject(zip(names, fields).map { JSONObject.Member(key: $0, value: .string($1)) })
                try loadRecord(object, file: file, line: line)
            }
        }
        if header != nil, rows == 0 { skip(.empty, "no rows after the header; skipped", file: file.path) }
    }

    /// Maps one record and adds it as a document.
    mutating func loadRecord(_ record: JSONObject, file: InputFile, line: Int, fallbackID: String? = nil,
                             source: String? = nil) throws {
        switch RecordMapper(options: options).map(record) {
        case .skipped(let reason, let message, let warnings):
            for warning in warnings { warn(warning, file: file.path, line: line, kind: "field") }
            skip(reason, message, file: file.path, line: line, kind: reason.rawValue)
        case .mapped(let mapped, let warnings):
            for warning in warnings { warn(warning, file: file.path, line: line, kind: "field") }
            let date = resolveDate(field: mapped.dateField, value: mapped.dateValue, text: mapped.text,
                                   file: file.path, line: line, datelineLine: { _ in line })
            try add(DocumentDraft(id: mapped.id ?? fallbackID ?? "\(file.idBase):\(line)", title: mapped.title, date: date,
                                  source: source ?? "\(file.path):\(line)", text: mapped.text, metadata: mapped.metadata,
                                  file: file.path, line: line))
        }
    }
}
