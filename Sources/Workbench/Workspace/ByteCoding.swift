/// Little-endian binary writing for workspace blobs: fixed-width integers, arrays of them
/// in one copy, length-prefixed strings, and `Value`s. Compact, and independent of the
/// machine that reads it back.
public struct ByteWriter: Sendable {
    public internal(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ value: UInt8) { bytes.append(value) }

    public mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    public mutating func write(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ value: Int32) { write(UInt32(bitPattern: value)) }

    public mutating func write(_ value: Int64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// An `Int` as 64 bits.
    public mutating func write(_ value: Int) { write(Int64(value)) }

    public mutating func write(_ value: Double) { write(Int64(bitPattern: value.bitPattern)) }

    public mutating func write(_ value: String) {
        let utf8 = value.utf8
        write(UInt32(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    public mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    /// A count, then the elements, little-endian, in one copy.
    public mutating func write(_ values: [Int32]) {
        write(UInt32(values.count))
        #if _endian(little)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
        for value in values { write(value) }
        #endif
    }

    /// 32-bit floats as their bit patterns.
    public mutating func write(_ values: [Float]) {
        write(values.map { Int32(bitPattern: $0.bitPattern) })
    }

    public mutating func write(_ values: [UInt8]) {
        write(UInt32(values.count))
        bytes.append(contentsOf: values)
    }

    public mutating func write(_ values: [String]) {
        write(UInt32(values.count))
        for value in values { write(value) }
    }

    public mutating func write(_ value: Value) {
        switch value {
        case .null: write(UInt8(0))
        case .bool(let b): write(UInt8(1)); write(b)
        case .int(let i): write(UInt8(2)); write(i)
        case .double(let d): write(UInt8(3)); write(d)
        case .string(let s): write(UInt8(4)); write(s)
        case .array(let items):
            write(UInt8(5))
            write(UInt32(items.count))
            for item in items { write(item) }
        }
    }
}

/// Reads what `ByteWriter` wrote. Every read checks the bounds: a short or damaged blob is
/// a `DecodingFailure`, which the workspace turns into "stale, recompute", never a crash.
public struct ByteReader: Sendable {
    /// Why a blob could not be read.
    public struct DecodingFailure: Error, Sendable, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    let bytes: [UInt8]
    public private(set) var offset = 0

    public init(_ bytes: [UInt8], at offset: Int = 0) {
        self.bytes = bytes
        self.offset = min(max(offset, 0), bytes.count)
    }

    public var isAtEnd: Bool { offset == bytes.count }

    mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, count <= bytes.count - offset else {
            throw DecodingFailure("blob ends early (wanted \(count) bytes at offset \(offset) of \(bytes.count))")
        }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    public mutating func readByte() throws -> UInt8 { try take(1).first ?? 0 }

    public mutating func readBool() throws -> Bool { try readByte() != 0 }

    public mutating func readUInt32() throws -> UInt32 {
        var value: UInt32 = 0
        for (shift, byte) in try take(4).enumerated() { value |= UInt32(byte) << (8 * UInt32(shift)) }
        return value
    }

    public mutating func readInt32() throws -> Int32 { Int32(bitPattern: try readUInt32()) }

    public mutating func readInt64() throws -> Int64 {
        var value: UInt64 = 0
        for (shift, byte) in try take(8).enumerated() { value |= UInt64(byte) << (8 * UInt64(shift)) }
        return Int64(bitPattern: value)
    }

    public mutating func readInt() throws -> Int { Int(try readInt64()) }

    public mutating func readDouble() throws -> Double { Double(bitPattern: UInt64(bitPattern: try readInt64())) }

    /// A count, checked against what is left (each element at least `minimumSize` bytes).
    public mutating func readCount(minimumSize: Int = 1) throws -> Int {
        let count = Int(try readUInt32())
        guard count * max(minimumSize, 0) <= bytes.count - offset else {
            throw DecodingFailure("count \(count) at offset \(offset - 4) is more than the blob holds")
        }
        return count
    }

    public mutating func readString() throws -> String {
        let count = try readCount()
        return String(decoding: try take(count), as: UTF8.self)
    }

    public mutating func readOptionalString() throws -> String? {
        try readBool() ? try readString() : nil
    }

    public mutating func readInt32s() throws -> [Int32] {
        let count = try readCount(minimumSize: 4)
        let slice = try take(4 * count)
        #if _endian(little)
        return [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            slice.withUnsafeBytes { source in
                if let base = source.baseAddress, let target = buffer.baseAddress {
                    UnsafeMutableRawPointer(target).copyMemory(from: base, byteCount: 4 * count)
                }
            }
            initialized = count
        }
        #else
        return [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            var i = slice.startIndex
            for k in 0..<count {
                let value = UInt32(slice[i]) | UInt32(slice[i + 1]) << 8 | UInt32(slice[i + 2]) << 16 | UInt32(slice[i + 3]) << 24
                buffer[k] = Int32(bitPattern: value)
                i += 4
            }
            initialized = count
        }
        #endif
    }

    public mutating func readFloats() throws -> [Float] {
        try readInt32s().map { Float(bitPattern: UInt32(bitPattern: $0)) }
    }

    public mutating func readBytes() throws -> [UInt8] {
        Array(try take(try readCount()))
    }

    public mutating func readStrings() throws -> [String] {
        let count = try readCount(minimumSize: 4)
        var strings: [String] = []
        strings.reserveCapacity(count)
        for _ in 0..<count { strings.append(try readString()) }
        return strings
    }

    public mutating func readValue() throws -> Value {
        switch try readByte() {
        case 0: return .null
        case 1: return .bool(try readBool())
        case 2: return .int(try readInt())
        case 3: return .double(try readDouble())
        case 4: return .string(try readString())
        case 5:
            let count = try readCount()
            var items: [Value] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(try readValue()) }
            return .array(items)
        case let tag: throw DecodingFailure("unknown value tag \(tag) at offset \(offset - 1)")
        }
    }

    /// Passes over one value written by `write(_: Value)` without making it.
    public mutating func skipValue() throws {
        switch try readByte() {
        case 0: return
        case 1: _ = try take(1)
        case 2, 3: _ = try take(8)
        case 4: _ = try take(try readCount())
        case 5: for _ in 0..<(try readCount()) { try skipValue() }
        case let tag: throw DecodingFailure("unknown value tag \(tag) at offset \(offset - 1)")
        }
    }
}
