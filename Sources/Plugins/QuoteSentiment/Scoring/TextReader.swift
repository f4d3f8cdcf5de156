import Workbench

/// A document's text by scalar offsets, for what the token layer's lower-cased forms cannot
/// tell: whether a token is in capitals (`GREAT`), and the text of a unit or a word.
///
/// Reads the UTF-8 bytes (copied once). Scalar offsets become byte offsets directly when the
/// text is ASCII, else through a cursor that walks from the last offset asked for — units
/// are asked for in text order, so each document's bytes are walked about once.
final class TextReader {
    private let bytes: [UInt8]
    private let isASCII: Bool
    private var cursorScalar = 0, cursorByte = 0

    init(text: String, length: Int) {
        bytes = Array(text.utf8)
        isASCII = bytes.count == length
    }

    convenience init(_ document: Document) {
        self.init(text: document.text, length: document.length)
    }

    /// The byte offset of a scalar offset.
    func byteOffset(_ scalar: Int) -> Int {
        if isASCII { return min(scalar, bytes.count) }
        if scalar < cursorScalar / 2 {
            cursorScalar = 0
            cursorByte = 0
        }
        while cursorScalar > scalar && cursorByte > 0 {
            cursorByte -= 1
            while cursorByte > 0 && bytes[cursorByte] & 0xC0 == 0x80 { cursorByte -= 1 }
            cursorScalar -= 1
        }
        while cursorScalar < scalar && cursorByte < bytes.count {
            let lead = bytes[cursorByte]
            cursorByte += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            cursorScalar += 1
        }
        return min(cursorByte, bytes.count)
    }

    /// The text between two scalar offsets.
    func slice(_ start: Int, _ end: Int) -> String {
        let from = byteOffset(start)
        let to = max(from, byteOffset(end))
        return String(decoding: bytes[from..<to], as: UTF8.self)
    }

    /// Appends the UTF-8 bytes between two scalar offsets.
    func appendBytes(_ start: Int, _ end: Int, to out: inout [UInt8]) {
        let from = byteOffset(start)
        out.append(contentsOf: bytes[from..<max(from, byteOffset(end))])
    }

    /// Two letters or more, none of them lower case.
    func isAllCaps(_ tokens: DocumentTokens, _ index: Int) -> Bool {
        let from = byteOffset(Int(tokens.start(index)))
        let to = byteOffset(Int(tokens.end(index)))
        guard to - from >= 2 else { return false }
        var letters = 0
        var ascii = true
        for k in from..<to {
            let b = bytes[k]
            if b >= 0x80 { ascii = false; break }
            if b &- 97 < 26 { return false }
            if b &- 65 < 26 { letters += 1 }
        }
        if ascii { return letters >= 2 }
        letters = 0
        for s in String(decoding: bytes[from..<to], as: UTF8.self).unicodeScalars {
            if s.properties.isLowercase { return false }
            if s.properties.isUppercase { letters += 1 }
        }
        return letters >= 2
    }
}
