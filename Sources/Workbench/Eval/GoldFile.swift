import Foundation

/// Reads a gold JSONL file record by record, with errors that name the file and line.
///
/// Gold data lives outside the project (`../shared/corpora`, licences forbid copying it),
/// so a missing file is the common case and gets a message that says where it looked.
public enum GoldFile {
    /// Every non-blank line of a JSONL file as an object, with its line number.
    public static func records(_ path: String) throws -> [(line: Int, object: JSONObject)] {
        try requireFile(path)
        guard var reader = ChunkedLineReader(path: path) else {
            throw WorkbenchError(.io, "cannot read gold file '\(path)'")
        }
        defer { reader.close() }
        var records: [(Int, JSONObject)] = []
        while let line = try reader.next() {
            guard line.bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            var parser = JSONParser(bytes: line.bytes, firstLine: line.number)
            do {
                guard case .object(let object) = try parser.parseDocument() else {
                    throw WorkbenchError(.format, "\(path):\(line.number): a gold record must be a JSON object")
                }
                records.append((line.number, object))
            } catch let error as JSONParseError {
                throw WorkbenchError(.format, "\(path):\(line.number): invalid JSON: \(error.message) at column \(error.column)")
            }
        }
        return records
    }

    /// A required string field, or an error naming the file, line and field.
    public static func string(_ object: JSONObject, _ key: String, _ path: String, _ line: Int) throws -> String {
        guard case .string(let value)? = object[key] else {
            throw WorkbenchError(.format, "\(path):\(line): gold record has no text field '\(key)'")
        }
        return value
    }

    /// A tab-separated gold file (TempEval TSV, VADER ratings): the header row's names map
    /// each later row's fields; `#` lines and blank lines are passed over. A row with the
    /// wrong number of fields is an error naming the file and line.
    public static func tsvRows(_ path: String) throws -> [(line: Int, fields: [String: String])] {
        try requireFile(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WorkbenchError(.io, "cannot read gold file '\(path)'")
        }
        let text = String(decoding: data, as: UTF8.self)
        var header: [String]?
        var rows: [(Int, [String: String])] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let names = header else { header = fields; continue }
            guard fields.count == names.count else {
                throw WorkbenchError(.format, "\(path):\(index + 1): \(fields.count) fields, but the header has \(names.count)")
            }
            rows.append((index + 1, Dictionary(zip(names, fields), uniquingKeysWith: { first, _ in first })))
        }
        return rows
    }

    /// An error that says where the gold data was looked for.
    static func requireFile(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw WorkbenchError(.io, "gold file '\(path)' not found",
                                 hint: "the evaluation corpora live in ../shared/corpora (see their SOURCE.md); pass the path with --gold")
        }
    }
}
