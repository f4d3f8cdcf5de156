@testable import Workbench

/// The core's `SourceLocation`: the module and its `Workbench` struct share a name, and
/// Swift Testing has a `SourceLocation` of its own, so tests name it through this alias.
typealias ScriptLocation = SourceLocation

/// A location in the test file `t.wb`.
func loc(_ line: Int, _ column: Int, file: String = "t.wb") -> ScriptLocation {
    ScriptLocation(file: file, line: line, column: column)
}
