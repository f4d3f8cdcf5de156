import Foundation
import Testing
@testable import Workbench

/// `JSONLinesReader` on its own: every line once, in order, with its number and file offset,
/// whatever the block boundaries; and the parser over a line of a larger buffer.
@Suite struct JSONLinesReaderTests {
    /// The lines the reader hands out, as (text, number, offset).
    private func lines(of bytes: [UInt8]) throws -> [(String, Int, Int)] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wb-lines-\(getpid())-\(bytes.count).jsonl").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard var reader = JSONLinesReader(path: path) else {
            Issue.record("cannot open \(path)")
            return []
        }
        defer { reader.close() }
        #expect(Array(try reader.peek(4)) == Array(bytes.prefix(4)))
        var found: [(String, Int, Int)] = []
        while let batch = try reader.nextBatch() {
            #expect(batch.lines.count <= JSONLinesBatch.maxLines)
            for line in batch.lines {
                found.append((String(decoding: batch.bytes[line.range], as: UTF8.self), line.number, line.offset))
            }
        }
        #expect(reader.bytesRead == bytes.count)
        return found
    }

    /// What a line-by-line split gives: lines between newlines, the last one only when the
    /// file does not end with a newline.
    private func expected(_ text: String) -> [(String, Int, Int)] {
        // Split on bytes: "\r\n" is one Character.
        var parts = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if parts.last == "" { parts.removeLast() }
        var offset = 0
        return parts.enumerated().map { index, part in
            defer { offset += part.utf8.count + 1 }
            return (part, index + 1, offset)
        }
    }

    private func check(_ text: String) throws {
        let found = try lines(of: Array(text.utf8))
        let want = expected(text)
        #expect(found.count == want.count)
        for (a, b) in zip(found, want) where a != b {
            Issue.record("line \(b.1): got \(a.0.prefix(40)) at \(a.2), expected \(b.0.prefix(40)) at \(b.2)")
            return
        }
    }

    @Test func smallFilesSplitAsLines() throws {
        try check("")
        try check("\n")
        try check("one")
        try check("one\n")
        try check("one\n\n  \nfour\r\nfive")
    }

    /// Lines longer than a block, lines cut by the end of every read, and more lines than a
    /// batch holds.
    @Test func largeFilesKeepEveryLineAndOffset() throws {
        let long = String(repeating: "x", count: JSONLinesBatch.maxBytes * 2 + 17)
        try check("a\n" + long + "\nb\n" + long)
        var text = ""
        for n in 0..<(JSONLinesBatch.maxLines * 3 + 5) { text += String(repeating: "é", count: n % 300) + "\(n)\n" }
        try check(text)
    }

    /// A parser over a range parses that line only: errors give the line's own column.
    @Test func parserOverARangeSeesOnlyItsLine() throws {
        let bytes = Array("{\"a\": 1}\n{\"b\": x}\n".utf8)
        var parser = JSONParser(bytes: bytes, range: 9..<17, firstLine: 2)
        do {
            _ = try parser.parseDocument()
            Issue.record("no error")
        } catch {
            #expect(error == JSONParseError(message: "unexpected character 'x'", line: 2, column: 7))
        }
        var first = JSONParser(bytes: bytes, range: 0..<8)
        #expect(try first.parseDocument() == .object(JSONObject([.init(key: "a", value: .number("1"))])))
    }
}
