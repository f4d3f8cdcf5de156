/// What a number token says, read from its normalised form: a plain integer (and how many
/// digits), an ordinal (`15th`), a decade (`1990s`), a clock time (`12:03`, `10pm`), or a
/// numeric date (`15/11/2011`). Anything with a comma or a decimal point is only a number.
struct NumberForm: Sendable, Equatable {
    var integer: Int?
    var digits = 0
    var ordinal: Int?
    /// `1990s` → 199, `90s` → 199.
    var decade: Int?
    var hour: Int?
    var minute: Int?
    /// 1 for am, 2 for pm, when written on the number (`10pm`).
    var meridiem: Int?
    /// The three parts of `15/11/2011` or `15.11.2011`, and the separator.
    var dateParts: [Int]?
    var separator: UInt8 = 0

    init(_ bytes: ArraySlice<UInt8>) {
        var parts: [Int] = []
        var partDigits: [Int] = []
        var separators: [UInt8] = []
        var current = 0, count = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let b = bytes[index]
            if b >= 48 && b <= 57 {
                if count < 10 { current = current * 10 + Int(b - 48) }
                count += 1
            } else if b == 46 || b == 44 || b == 58 || b == 47 {
                parts.append(current)
                partDigits.append(count)
                separators.append(b)
                current = 0
                count = 0
            } else {
                break
            }
            index = bytes.index(after: index)
        }
        parts.append(current)
        partDigits.append(count)
        let suffix = String(decoding: bytes[index...], as: UTF8.self)
        if separators.isEmpty {
            digits = count
            switch suffix {
            case "": integer = count <= 9 ? current : nil
            case "st", "nd", "rd", "th": ordinal = current
            case "s":
                if count == 4 && current % 10 == 0 { decade = current / 10 }
                if count == 2 && current % 10 == 0 { decade = 190 + current / 10 }
            case "am", "a.m", "a.m.": if (1...12).contains(current) { hour = current % 12; minute = 0; meridiem = 1 }
            case "pm", "p.m", "p.m.": if (1...12).contains(current) { hour = current % 12 + 12; minute = 0; meridiem = 2 }
            default: break
            }
            return
        }
        if separators.count == 1 && (separators[0] == 58 || separators[0] == 46) && partDigits[1] == 2
            && parts[0] <= 24 && parts[1] <= 59 && partDigits[0] <= 2 {
            switch suffix {
            case "": if separators[0] == 58 { hour = parts[0]; minute = parts[1] }
            case "am", "a.m", "a.m.": if (1...12).contains(parts[0]) { hour = parts[0] % 12; minute = parts[1]; meridiem = 1 }
            case "pm", "p.m", "p.m.": if (1...12).contains(parts[0]) { hour = parts[0] % 12 + 12; minute = parts[1]; meridiem = 2 }
            default: break
            }
            return
        }
        if separators.count == 2, suffix.isEmpty, separators[0] == separators[1], separators[0] == 47 || separators[0] == 46,
           partDigits[0] <= 2, partDigits[1] <= 2, partDigits[2] == 4 || partDigits[2] == 2 {
            dateParts = parts
            separator = separators[0]
        }
    }
}
