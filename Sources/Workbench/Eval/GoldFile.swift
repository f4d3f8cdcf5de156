import Foundation

/// Reads a gold JSONL file record by record, with errors that name the file and line.
///
/// Gold data lives outside the project (`../shared/corpora`, licences forbid copying it),
/// so a missing file is the common case and gets a message that says where it looked.
enum GoldFile {
    static func records(_ path: String) throws -> [(line: Int, object: JSONObject)] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw WorkbenchError(.io, "gold file '\(path)' not found",
                                 hint: "the evaluation corpora live in ../shared/corpora (see their SOURCE.md); pass the path with --gold")
        }
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
    static func string(_ object: JSONObject, _ key: String, _ path: String, _ line: Int) throws -> String {
        guard case .string(let value)? = object[key] else {
            throw WorkbenchError(.format, "\(path):\(line): gold record has no text field '\(key)'")
        }
        return value
    }
}
