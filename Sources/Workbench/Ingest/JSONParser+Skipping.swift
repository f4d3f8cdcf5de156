/// Skipping values: checked like parsing, with the same errors, but nothing kept — for the
/// nested fields of a record that wb does not store (gold annotations in a corpus file).
extension JSONParser {

    mutating func skipValue() throws(JSONParseError) {
        guard let byte = peek() else { throw failure("unexpected end of input") }
        switch byte {
        case UInt8(ascii: "{"): try skipObject()
        case UInt8(ascii: "["): try skipArray()
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try scanNumber()
        default: throw failure("unexpected \(describe(byte))")
        }
    }

    mutating func skipObject() throws(JSONParseError) {
        try enter()
        i += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "}") { i += 1; depth -= 1; return }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw failure("expected a string key in object") }
            try skipString()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw failure("expected ':' after object key") }
            i += 1
            skipWhitespace()
            try skipValue()
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "}"): i += 1; depth -= 1; return
            default: throw failure("expected ',' or '}' in object")
            }
        }
    }

    mutating func skipArray() throws(JSONParseError) {
        try enter()
        i += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "]") { i += 1; depth -= 1; return }
        while true {
            skipWhitespace()
            try skipValue()
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "]"): i += 1; depth -= 1; return
            default: throw failure("expected ',' or ']' in array")
            }
        }
    }

    mutating func skipString() throws(JSONParseError) {
        let open = i
        i += 1
        while true {
            // Runs of plain bytes are passed eight at a time, as `parseString` does.
            i = plainRunEnd(from: i)
            guard i < end else { i = open; throw failure("unterminated string") }
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""):
                i += 1
                if !sawInvalidUTF8, FileBytes.firstInvalidUTF8(bytes, in: open..<i) != nil { sawInvalidUTF8 = true }
                return
            case UInt8(ascii: "\\"):
                var buffer = scratch
                scratch = []
                buffer.removeAll(keepingCapacity: true)
                try parseEscape(into: &buffer)
                scratch = buffer
            default:
                // `plainRunEnd` stops only at a quote, a backslash or a control byte.
                throw failure("control character \(describe(byte)) in string (escape it)")
            }
        }
    }

    mutating func literal(_ word: StaticString) throws(JSONParseError) {
        let expected = word.withUTF8Buffer { Array($0) }
        guard i + expected.count <= end, Array(bytes[i..<(i + expected.count)]) == expected else {
            throw failure("unexpected \(describe(bytes[i]))")
        }
        i += expected.count
    }
}
