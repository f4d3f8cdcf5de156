import Foundation

/// Streams a file line by line, reading it in fixed-size chunks.
///
/// A JSONL file can be far larger than the documents it yields are worth keeping twice, so
/// it is never held whole: at most one chunk plus the current (partial) line is in memory.
struct ChunkedLineReader {
    /// One line without its `\n` (a trailing `\r` is kept; JSON treats it as whitespace).
    struct Line {
        var bytes: [UInt8]
        /// 1-based line number in the file.
        var number: Int
        /// Offset of the line's first byte in the file.
        var offset: Int
    }

    static let chunkSize = 1 << 20

    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanFrom = 0
    private var atEnd = false
    private var nextNumber = 1
    private var consumed = 0
    /// Bytes read from the file so far, for progress.
    private(set) var bytesRead = 0

    init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
    }

    /// The first bytes of the file without consuming them (for the binary sniff).
    mutating func peek(_ count: Int) throws -> ArraySlice<UInt8> {
        while buffer.count - start < count, !atEnd { try fill() }
        return buffer[start..<min(buffer.count, start + count)]
    }

    /// The next line, or nil at the end of the file.
    mutating func next() throws -> Line? {
        while true {
            if let newline = buffer[scanFrom...].firstIndex(of: 0x0A) {
                return take(upTo: newline, skip: 1)
            }
            scanFrom = buffer.count
            if atEnd {
                return start < buffer.count ? take(upTo: buffer.count, skip: 0) : nil
            }
            try fill()
        }
    }

    func close() { try? handle.close() }

    private mutating func take(upTo end: Int, skip: Int) -> Line {
        let line = Line(bytes: Array(buffer[start..<end]), number: nextNumber, offset: consumed)
        nextNumber += 1
        consumed += end - start + skip
        start = end + skip
        scanFrom = start
        return line
    }

    private mutating func fill() throws {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            scanFrom -= start
            start = 0
        }
        let data = try handle.read(upToCount: ChunkedLineReader.chunkSize) ?? Data()
        if data.isEmpty { atEnd = true; return }
        bytesRead += data.count
        buffer.append(contentsOf: data)
    }
}
