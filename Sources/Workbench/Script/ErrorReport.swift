/// Formats an error the way a compiler does:
///
///     analysis.wb:3:12: error: unknown option '--kk' for 'topics'
///         topics --kk 5
///                ^
///     hint: did you mean '--k'? see 'help topics'
public enum ErrorReport {
    public static func render(_ error: WorkbenchError, source: String?) -> String {
        var out = ""
        if let location = error.location {
            out += "\(location.file):\(location.line):\(location.column): "
        } else if let span = error.span {
            out += "\(span.document):\(span.start)-\(span.end): "
        }
        out += "error: \(error.message)\n"
        if let location = error.location, let source, let line = lineText(source, location.line) {
            out += "    " + line + "\n"
            let prefix = String(line.prefix(max(0, location.column - 1)))
            let indent = prefix.map { $0 == "\t" ? "\t" : " " }.joined()
            out += "    " + indent + "^\n"
        }
        if let hint = error.hint { out += "hint: \(hint)\n" }
        return out
    }

    private static func lineText(_ source: String, _ number: Int) -> String? {
        var current = 1
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == number { return String(line.hasSuffix("\r") ? line.dropLast() : line) }
            current += 1
        }
        return nil
    }
}
