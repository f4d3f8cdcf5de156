import Foundation

/// Reads a `.jsonl` file in blocks of whole lines, each block one `JSONLinesBatch` (or a few,
/// when it holds more than `JSONLinesBatch.maxLines` lines).
///
/// A block is read with `read(2)` straight into the array the batch keeps, and its lines are
/// ranges of that array: no `Data`, no array per line (with `FileHandle` and a line-by-line
/// reader, copying bytes was a third of a load). Only the start of a line cut by the end of a
/// read is copied, to the next block. At most one block is held at a time — about
/// `JSONLinesBatch.maxBytes`, more only for a longer line — however large the file.
struct JSONLinesReader {
    private let descriptor: Int32
    /// Read but not yet in a block: after `peek`, the first bytes; later, a cut line.
    private var carry: [UInt8] = []
    /// The file offset of `carry`'s first byte.
    private var carryOffset = 0
    private var atEnd = false
    private var nextNumber = 1
    /// The current block, and its lines not yet handed out in a batch.
    private var block: [UInt8] = []
    private var pending: ArraySlice<JSONLinesBatch.Line> = []
    /// Bytes read from the file so far, for progress.
    private(set) var bytesRead = 0

    init?(path: String) {
        let descriptor = openForReading(path)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    func close() { closeDescriptor(descriptor) }

    /// The first bytes of the file without consuming them (for the binary sniff).
    mutating func peek(_ count: Int) throws -> ArraySlice<UInt8> {
        if carry.count < count, !atEnd {
            var first = carry
            try fill(&first, adding: max(count, JSONLinesBatch.maxBytes))
            carry = first
        }
        return carry.prefix(count)
    }

    /// The next batch of lines in file order, or nil at the end of the file.
    mutating func nextBatch() throws -> JSONLinesBatch? {
        if pending.isEmpty {
            guard try readBlock() else { return nil }
        }
        let lines = pending.prefix(JSONLinesBatch.maxLines)
        pending = pending.dropFirst(lines.count)
        return JSONLinesBatch(bytes: block, lines: Array(lines))
    }

    /// Reads the next block: the cut line, then at least up to `maxBytes` bytes, then on until
    /// a newline (or the end of the file). Its whole lines become `pending`; the bytes after
    /// its last newline become the next `carry`. False when nothing is left.
    private mutating func readBlock() throws -> Bool {
        // The last block's storage, when no batch holds it any more: its pages are in
        // memory already (a new megabyte costs a page fault every 4 KB).
        var bytes = block
        block = []
        bytes.removeAll(keepingCapacity: true)
        bytes.reserveCapacity(max(carry.count, JSONLinesBatch.maxBytes))
        bytes.append(contentsOf: carry)
        var lastNewline = bytes.lastIndex(of: 0x0A)
        while !atEnd, bytes.count < JSONLinesBatch.maxBytes || lastNewline == nil {
            let before = bytes.count
            // Doubling for a line longer than a block, so that it is read in few calls.
            try fill(&bytes, adding: max(JSONLinesBatch.maxBytes - before, before, 1 << 16))
            if let found = bytes[before...].lastIndex(of: 0x0A) { lastNewline = found }
        }
        // At the end of the file the last line needs no newline.
        let end = atEnd ? bytes.count : (lastNewline ?? -1) + 1
        carry = Array(bytes[end...])
        var lines: [JSONLinesBatch.Line] = []
        var start = 0
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            while start < end {
                let newline = memchr(base + start, 0x0A, end - start)
                let stop = newline.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? end
                lines.append(JSONLinesBatch.Line(range: start..<stop, number: nextNumber, offset: carryOffset + start))
                nextNumber += 1
                start = stop + 1
            }
        }
        carryOffset += end
        block = bytes
        pending = lines[...]
        return !lines.isEmpty
    }

    /// Appends up to `count` bytes read from the file (fewer only at its end) to `bytes`.
    private mutating func fill(_ bytes: inout [UInt8], adding count: Int) throws {
        let before = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: count))
        var got = 0
        var failure: Int32 = 0
        bytes.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress else { return }
            while got < count {
                let n = readDescriptor(descriptor, base + before + got, count - got)
                if n > 0 {
                    got += n
                } else if n == 0 {
                    atEnd = true
                    return
                } else if errno != EINTR {
                    failure = errno
                    return
                }
            }
        }
        bytes.removeLast(count - got)
        bytesRead += got
        if failure != 0 {
            throw WorkbenchError(.io, "cannot read the file: \(String(cString: strerror(failure)))")
        }
    }
}

// The system calls, outside the type, whose `close` would shadow them.
private func openForReading(_ path: String) -> Int32 { open(path, O_RDONLY | O_CLOEXEC) }
private func readDescriptor(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
private func closeDescriptor(_ descriptor: Int32) { _ = close(descriptor) }
