import Foundation

/// Raw file access for ingest: whole-file reads, the binary sniff, and UTF-8 checking.
///
/// Ingest works on bytes rather than `String` until the last moment so that a bad byte can
/// be reported with its exact offset and so that large files are not decoded twice.
enum FileBytes {
    /// How far into a file the binary sniff looks for a NUL byte.
    static let sniffLength = 8192

    /// The whole file, or nil when it cannot be opened or read.
    static func read(_ path: String) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.readToEnd() else { return [] }
        return [UInt8](data)
    }

    /// The file's size in bytes (0 when unknown), for progress reporting.
    static func size(_ path: String) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// True when a NUL byte appears in the first 8 KB: text formats never contain one.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        bytes.prefix(sniffLength).contains(0)
    }

    /// The offset of the first byte that is not part of well-formed UTF-8 (Unicode table 3-7),
    /// or nil when the range is valid.
    static func firstInvalidUTF8(_ bytes: [UInt8], in range: Range<Int>? = nil) -> Int? {
        bytes.withUnsafeBufferPointer { bytes in
            let end = range?.upperBound ?? bytes.count
            var i = range?.lowerBound ?? 0
            while i < end {
                // ASCII, eight bytes at a time.
                if i + 8 <= end,
                   UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let lead = bytes[i]
                if lead < 0x80 { i += 1; continue }
                var need = 0
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: need = 1
                case 0xE0: need = 2; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: need = 2
                case 0xED: need = 2; high = 0x9F
                case 0xF0: need = 3; low = 0x90
                case 0xF1...0xF3: need = 3
                case 0xF4: need = 3; high = 0x8F
                default: return i
                }
                guard i + need < end else { return i }
                guard (low...high).contains(bytes[i + 1]) else { return i }
                for k in stride(from: 2, through: need, by: 1) where !(0x80...0xBF).contains(bytes[i + k]) {
                    return i
                }
                i += need + 1
            }
            return nil
        }
    }

    /// The 1-based line that holds byte `offset`.
    static func line(ofByte offset: Int, in bytes: [UInt8], firstLine: Int = 1, from start: Int = 0) -> Int {
        var line = firstLine
        for i in start..<min(offset, bytes.count) where bytes[i] == 0x0A { line += 1 }
        return line
    }

    /// Whether the bytes start with a UTF-8 byte-order mark.
    static func hasBOM(_ bytes: [UInt8]) -> Bool { hasBOM(bytes[...]) }

    static func hasBOM(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.starts(with: [0xEF, 0xBB, 0xBF])
    }

    /// True when there is nothing but ASCII whitespace (and perhaps a BOM).
    static func isBlank(_ bytes: [UInt8]) -> Bool { isBlank(bytes[...]) }

    static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
        let body = hasBOM(bytes) ? bytes.dropFirst(3) : bytes
        return body.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C || $0 == 0x0B }
    }
}
