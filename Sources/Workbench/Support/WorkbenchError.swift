/// The one error type of wb: a stable code, a message, a hint, and where it happened.
///
/// Errors are values all the way up: the core never prints. The front end (REPL or script
/// runner) renders them with their location, `FILE:LINE:COL: error: MESSAGE`.
public struct WorkbenchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stable codes: tests and scripts may match on them.
    public enum Code: String, Sendable {
        case syntax, unknownCommand, unknownOption, missingArgument, badValue, tooManyArguments
        case unknownVariable, noInput, unexpectedInput, unknownColumn
        case unknownDocument, noProvider, dependencyCycle, analysisFailed
        case io, format, invalidSpan, duplicateDocument, cancelled, usage
    }

    public var code: Code
    public var message: String
    public var hint: String?
    /// Where in a script or prompt line, when the error comes from one.
    public var location: SourceLocation?
    /// Which part of a document, when the error is about a text.
    public var span: Span?

    public init(_ code: Code, _ message: String, hint: String? = nil, at location: SourceLocation? = nil, span: Span? = nil) {
        self.code = code
        self.message = message
        self.hint = hint
        self.location = location
        self.span = span
    }

    /// A usage error (exit code 64) rather than a runtime one (exit code 1).
    public var isUsageError: Bool {
        switch code {
        case .syntax, .unknownCommand, .unknownOption, .missingArgument, .badValue, .tooManyArguments,
             .unknownVariable, .noInput, .unexpectedInput, .unknownColumn, .usage:
            return true
        default:
            return false
        }
    }

    /// This error with a location, unless it already has one.
    public func located(at location: SourceLocation?) -> WorkbenchError {
        var copy = self
        if copy.location == nil { copy.location = location }
        return copy
    }

    public var description: String {
        var text = "error: \(message)"
        if let hint { text += "\nhint: \(hint)" }
        return text
    }
}

/// A position in a script file or a prompt line; line and column count from 1, columns in
/// characters.
public struct SourceLocation: Sendable, Equatable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}
