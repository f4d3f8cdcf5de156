import Testing
@testable import Workbench

/// The packed integer arrays of workspace blobs: exact bytes for known input, round trips
/// at the edges of the ranges, and damaged bytes refused.
@Suite struct PackedIntegerTests {
    @Test func stepsOfOffsetsTakeOneByteEach() {
        var writer = ByteWriter()
        writer.write([Int32]([10, 12, 11, 75]), packed: .deltas)
        // count 4, 4 bytes; steps +10, +2, -1, +64 as zigzag 20, 4, 1, 128 (two bytes).
        #expect(writer.bytes == [4, 0, 0, 0, 5, 0, 0, 0, 20, 4, 1, 0x80, 0x01])
    }

    @Test func valuesAndDeltasRoundTripAtTheEdges() throws {
        let narrow: [Int32] = [0, -1, 1, .max, .min, .max, 0, 300, -300]
        let wide: [Int] = [0, Int(Int32.max) + 5, -7, 1 << 52, 3]
        for packing in [IntegerPacking.deltas, .values] {
            var writer = ByteWriter()
            writer.write(narrow, packed: packing)
            writer.write(wide, packed: packing)
            writer.write([Int32](), packed: packing)
            var reader = ByteReader(writer.bytes)
            #expect(try reader.readInt32s(packed: packing) == narrow)
            #expect(try reader.readInts(packed: packing) == wide)
            #expect(try reader.readInt32s(packed: packing) == [])
            #expect(reader.isAtEnd)
        }
    }

    @Test func damagedBytesAreRefusedNotMisread() {
        func failure(_ bytes: [UInt8]) -> String? {
            var reader = ByteReader(bytes)
            do {
                _ = try reader.readInt32s(packed: .values)
                return nil
            } catch {
                return "\(error)"
            }
        }
        // A number whose last byte is missing.
        #expect(failure([1, 0, 0, 0, 1, 0, 0, 0, 0x80]) == "a packed number runs past its bytes")
        // Two numbers said to be in one byte.
        #expect(failure([2, 0, 0, 0, 1, 0, 0, 0, 4]) == "2 packed values in 1 bytes")
        // A byte left over after the numbers.
        #expect(failure([1, 0, 0, 0, 2, 0, 0, 0, 4, 4]) == "packed numbers leave 1 bytes unread")
        // A value beyond 32 bits where 32-bit values were written.
        #expect(failure([1, 0, 0, 0, 5, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]) == "packed value -17179869184 does not fit 32 bits")
        // Fewer bytes than the length says.
        #expect(failure([1, 0, 0, 0, 3, 0, 0, 0, 4]) == "count 3 at offset 4 is more than the blob holds")
    }
}
