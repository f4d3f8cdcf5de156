import Workbench

/// A document's text by scalar offsets, for what the token layer's lower-cased forms cannot
/// tell: whether a token is in capitals (`GREAT`), and the text of a unit. Reads the UTF-8
/// bytes when the text is ASCII (then byte and scalar offsets agree), else the scalars,
/// made once on demand.
final class CaseProbe {
    private let text: String
    private let isASCII: Bool
    private var bytes: [UInt8]?
    private var scalars: [Unicode.Scalar]?

    init(text: String, length: Int) {
        self.text = text
        isASCII = text.utf8.count == length
    }

    /// The text between two scalar offsets.
    func slice(_ start: Int, _ end: Int) -> String {
        if isASCII {
            if bytes == nil { bytes = Array(text.utf8) }
            return String(decoding: bytes![start..<end], as: UTF8.self)
        }
        if scalars == nil { scalars = Array(text.unicodeScalars) }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars![start..<end])
        return String(out)
    }

    convenience init(_ document: Document) {
        self.init(text: document.text, length: document.length)
    }

    /// Two letters or more, none of them lower case.
    func isAllCaps(_ tokens: DocumentTokens, _ index: Int) -> Bool {
        let start = Int(tokens.starts[index]), end = Int(tokens.ends[index])
        guard end - start >= 2 else { return false }
        var letters = 0
        if isASCII {
            if bytes == nil { bytes = Array(text.utf8) }
            for k in start..<end {
                let b = bytes![k]
                if b &- 97 < 26 { return false }
                if b &- 65 < 26 { letters += 1 }
            }
        } else {
            if scalars == nil { scalars = Array(text.unicodeScalars) }
            for k in start..<end {
                let s = scalars![k]
                if s.properties.isLowercase { return false }
                if s.properties.isUppercase { letters += 1 }
            }
        }
        return letters >= 2
    }
}
