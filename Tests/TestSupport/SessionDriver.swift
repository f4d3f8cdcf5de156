import Foundation
import Testing
import Workbench

/// A test's in-memory session and what it printed. Each test target's harness conforms and
/// gets the same ways to run statements; only how the session is set up differs.
public protocol SessionDriver {
    var session: Session { get }
    var transcript: Transcript { get }
}

extension SessionDriver {
    /// Parses and executes every statement of `source`, stopping at the first error.
    public func run(_ source: String, file: String = "t.wb") throws {
        for statement in try session.parse(source, file: file) { try session.execute(statement) }
    }

    /// Runs `source` and returns what it printed on stdout.
    public func output(_ source: String) throws -> String {
        _ = transcript.takeOutput()
        try run(source)
        return transcript.takeOutput()
    }

    /// The table of the last statement, a pipeline, after running the statements before it.
    public func table(_ source: String) throws -> Table {
        let statements = try session.parse(source, file: "t.wb")
        guard case .pipeline(let pipeline) = statements.last?.body else { throw WorkbenchError(.usage, "not a pipeline") }
        for statement in statements.dropLast() { try session.execute(statement) }
        return try session.evaluate(pipeline)
    }

    /// The rows of `source --format json` as dictionaries.
    public func json(_ source: String) throws -> [[String: Any]] {
        let text = try output(source + " --format json")
        return try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] ?? []
    }

    /// Runs `source`, expecting it to fail; returns the error.
    public func failure(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> WorkbenchError? {
        capture(sourceLocation: sourceLocation) { try run(source) }
    }
}

/// The WorkbenchError thrown by `body`, recording an issue when it does not throw one.
public func capture(sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> Void) -> WorkbenchError? {
    do {
        try body()
        Issue.record("expected an error", sourceLocation: sourceLocation)
        return nil
    } catch let error as WorkbenchError {
        return error
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
