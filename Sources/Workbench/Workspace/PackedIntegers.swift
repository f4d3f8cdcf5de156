/// Integer arrays packed as variable-length numbers, for the large columns of a workspace
/// (token offsets, node spans, edge endpoints). Offsets and ids change little from one
/// element to the next, so "difference from the previous element" mostly fits one byte
/// where a plain array spends four or eight: a 100,000-document workspace shrinks by more
/// than half, and `save` (which waits on writing those bytes) with it.
///
/// Layout: the element count, the packed byte count (both `UInt32`), then per element a
/// zigzag LEB128 number: seven bits a byte, low bits first, high bit set on all but the last
/// byte; zigzag maps 0, -1, 1, -2 … to 0, 1, 2, 3 … so small negative steps stay short.
public enum IntegerPacking: Sendable {
    /// Each element as its difference from the previous one (the first from 0): for sorted
    /// or clustered values (offsets, ids in runs).
    case deltas
    /// Each element as itself: for values that jump about but are mostly small (token ids
    /// in order of first use).
    case values
}

extension ByteWriter {
    /// Writes `values` packed (see `IntegerPacking`).
    public mutating func write(_ values: [Int32], packed packing: IntegerPacking) {
        values.withUnsafeBufferPointer { buffer in
            writePacked(count: buffer.count, maximumBytes: 5, packing) { Int64(buffer[$0]) }
        }
    }

    /// Writes `values` packed (see `IntegerPacking`).
    public mutating func write(_ values: [Int], packed packing: IntegerPacking) {
        values.withUnsafeBufferPointer { buffer in
            writePacked(count: buffer.count, maximumBytes: 10, packing) { Int64(buffer[$0]) }
        }
    }

    private mutating func writePacked(count: Int, maximumBytes: Int, _ packing: IntegerPacking, _ element: (Int) -> Int64) {
        write(UInt32(count))
        let lengthAt = bytes.count
        write(UInt32(0))
        let start = bytes.count
        // Packed a chunk at a time into a small buffer, then appended: no buffer as large as
        // the longest encoding of a whole array (hundreds of megabytes for millions of edges).
        let chunk = 1 << 16
        var scratch = [UInt8](repeating: 0, count: min(count, chunk) * maximumBytes)
        var previous: Int64 = 0
        var first = 0
        while first < count {
            let last = min(first + chunk, count)
            let used = scratch.withUnsafeMutableBufferPointer { buffer -> Int in
                var out = 0
                for i in first..<last {
                    let value = element(i)
                    let step = packing == .deltas ? value &- previous : value
                    previous = value
                    var zigzag = UInt64(bitPattern: (step << 1) ^ (step >> 63))
                    while zigzag >= 0x80 {
                        buffer[out] = UInt8(truncatingIfNeeded: zigzag) | 0x80
                        zigzag >>= 7
                        out += 1
                    }
                    buffer[out] = UInt8(truncatingIfNeeded: zigzag)
                    out += 1
                }
                return out
            }
            bytes.append(contentsOf: scratch[0..<used])
            first = last
        }
        withUnsafeBytes(of: UInt32(bytes.count - start).littleEndian) { length in
            for (k, byte) in length.enumerated() { bytes[lengthAt + k] = byte }
        }
    }
}

extension ByteReader {
    /// Reads what `write(_:packed:)` wrote for `[Int32]`; a value outside 32 bits, a number
    /// that runs past its bytes or bytes left over are a `DecodingFailure`.
    public mutating func readInt32s(packed packing: IntegerPacking) throws -> [Int32] {
        try readPacked(packing, as: Int32.self)
    }

    /// Reads what `write(_:packed:)` wrote for `[Int]`.
    public mutating func readInts(packed packing: IntegerPacking) throws -> [Int] {
        try readPacked(packing, as: Int.self)
    }

    /// The numbers, straight into an array of `T` (one that does not fit is a failure).
    private mutating func readPacked<T: FixedWidthInteger>(_ packing: IntegerPacking, as type: T.Type) throws -> [T] {
        let count = try readCount(minimumSize: 0)
        let length = try readCount()
        // Every element takes at least one byte.
        guard count <= length else { throw DecodingFailure("\(count) packed values in \(length) bytes") }
        let slice = try take(length)
        return try slice.withUnsafeBufferPointer { source in
            var values = [T]()
            values.reserveCapacity(count)
            var at = 0
            var previous: Int64 = 0
            for _ in 0..<count {
                var zigzag: UInt64 = 0
                var shift: UInt64 = 0
                while true {
                    guard at < source.count, shift < 64 else { throw DecodingFailure("a packed number runs past its bytes") }
                    let byte = source[at]
                    at += 1
                    zigzag |= UInt64(byte & 0x7F) << shift
                    if byte < 0x80 { break }
                    shift += 7
                }
                let step = Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
                let value = packing == .deltas ? previous &+ step : step
                guard let narrow = T(exactly: value) else { throw DecodingFailure("packed value \(value) does not fit \(T.bitWidth) bits") }
                values.append(narrow)
                previous = value
            }
            guard at == source.count else { throw DecodingFailure("packed numbers leave \(source.count - at) bytes unread") }
            return values
        }
    }
}
