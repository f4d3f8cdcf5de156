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
            // Columns count characters; the caret is placed by terminal cells (a tab stays a
            // tab, a wide character takes two cells).
            let prefix = line.prefix(max(0, location.column - 1))
            let indent = prefix.map { $0 == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of(String($0))) }.joined()
            out += "    " + indent + "^\n"
        }
        if let hint = error.hint { out += "hint: \(hint)\n" }
        return out
    }

    private static func lineText(_ source: String, _ number: Int) -> String? {
        var current = 1
        // "\r\n" is a single Character, so it must be named to split on it.
        for line in source.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            if current == number { return String(line) }
            current += 1
        }
        return nil
    }
}
